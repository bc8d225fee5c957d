package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An .xlsx or .xlsm workbook read as a stream of XML: the package is opened read-only, and its workbook, styles,
 * shared strings and sheets are parsed with a pull parser that resolves no DTD or external entity (POI's secure
 * factory). Nothing builds the workbook in memory: a sheet is read row by row, each part through a
 * {@link BoundedStream} of {@link ReadLimits#partBytes} bytes, the shared strings kept (each cut at one character
 * over {@link ReadLimits#fieldChars}, so the cells that use them are rejected, not held whole).
 */
final class XlsxFile implements WorkbookFile {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadLimits limits;
    private final List<SheetEntry> sheets = new ArrayList<>();
    private final Map<String, String> partIds = new HashMap<>();
    private boolean date1904;
    private BitSet dateStyles;
    private List<String> strings;

    private XlsxFile(OPCPackage pkg, ReadLimits limits) throws IOException, OpenXML4JException, XMLStreamException {
        this.pkg = pkg;
        this.limits = limits;
        this.reader = new XSSFReader(pkg);
        readWorkbook();
    }

    static XlsxFile open(Path file, ReadLimits limits) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new UnreadableFileException(Message.of("read.notWorkbook"), e);
        }
        try {
            return new XlsxFile(pkg, limits);
        } catch (OpenXML4JException e) {
            pkg.revert();
            throw new UnreadableFileException(Message.of("read.notWorkbook"), e);
        } catch (XMLStreamException e) {
            pkg.revert();
            throw unreadable(e);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<SheetEntry> sheets() {
        return List.copyOf(sheets);
    }

    boolean date1904() {
        return date1904;
    }

    ReadLimits limits() {
        return limits;
    }

    @Override
    public Table table(String sheet) throws IOException {
        String id = partIds.get(sheet);
        if (id == null) {
            throw new UnreadableFileException(Message.of("read.sheetGone", sheet), null);
        }
        InputStream in = part(() -> reader.getSheet(id), sheet);
        try {
            return new XlsxSheet(this, in, XML.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            in.close();
            throw unreadable(e);
        }
    }

    /** Whether the cell style at this index shows a number as a date (Excel's own date formats, and custom ones). */
    boolean isDateStyle(int style) throws IOException {
        if (dateStyles == null) {
            dateStyles = readDateStyles();
        }
        return style >= 0 && dateStyles.get(style);
    }

    /** The shared string at this index, "" when the index does not exist. */
    String sharedString(int index) throws IOException {
        if (strings == null) {
            strings = readSharedStrings();
        }
        return index >= 0 && index < strings.size() ? strings.get(index) : "";
    }

    private void readWorkbook() throws IOException, InvalidFormatException, XMLStreamException {
        try (InputStream in = part(reader::getWorkbookData, "xl/workbook.xml")) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    String name = clipped(xml.getAttributeValue(null, "name"));
                    String state = xml.getAttributeValue(null, "state");
                    String id = xml.getAttributeValue(RELATIONSHIPS, "id");
                    if (name != null && id != null && !partIds.containsKey(name)) {
                        partIds.put(name, id);
                        sheets.add(new SheetEntry(name, state != null && !state.equals("visible")));
                    }
                }
            }
        }
    }

    private BitSet readDateStyles() throws IOException {
        BitSet dates = new BitSet();
        InputStream data;
        try {
            data = reader.getStylesData();
        } catch (InvalidFormatException | RuntimeException e) {
            return dates;                              // no styles part: no cell is a date
        }
        if (data == null) {
            return dates;
        }
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        try (InputStream in = new BoundedStream(data, limits.partBytes(), limits.partTooLarge("xl/styles.xml"))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> formats.put(number(xml.getAttributeValue(null, "numFmtId")),
                                xml.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                cellFormats.add(number(xml.getAttributeValue(null, "numFmtId")));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
        for (int i = 0; i < cellFormats.size(); i++) {
            int id = cellFormats.get(i);
            String format = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            if (id >= 0 && DateUtil.isADateFormat(id, format)) {
                dates.set(i);
            }
        }
        return dates;
    }

    private List<String> readSharedStrings() throws IOException {
        List<String> all = new ArrayList<>();
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | RuntimeException e) {
            return all;                                // inline strings only
        }
        if (data == null) {
            return all;
        }
        try (InputStream in = new BoundedStream(data, limits.partBytes(), limits.partTooLarge("xl/sharedStrings.xml"))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    all.add(richText(xml, limits.fieldChars() + 1));
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
        return all;
    }

    /**
     * The text of an element holding {@code t} elements (a shared string, an inline string), phonetic runs left
     * out, cut at {@code max} characters; the reader ends on the element's end.
     */
    static String richText(XMLStreamReader xml, int max) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic++;
                } else if (xml.getLocalName().equals("t") && phonetic == 0) {
                    text(xml, text, max);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        return text.toString();
    }

    /** Appends the current element's text, up to {@code max} characters in all; the reader ends on its end. */
    static void text(XMLStreamReader xml, StringBuilder into, int max) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int room = max - into.length();
                    if (room > 0) {
                        into.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
    }

    /** Excel names a sheet in 31 characters at most; a longer name is cut (it is a label and a key, nothing more). */
    private static String clipped(String name) {
        return name == null || name.length() <= MAX_SHEET_NAME ? name : name.substring(0, MAX_SHEET_NAME);
    }

    /** The longest sheet name kept: the staging tables' (Excel's own limit is 31). */
    private static final int MAX_SHEET_NAME = 255;

    static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @FunctionalInterface
    private interface PartData {
        InputStream open() throws IOException, InvalidFormatException;
    }

    private InputStream part(PartData data, String name) throws IOException {
        InputStream in;
        try {
            in = data.open();
        } catch (InvalidFormatException e) {
            throw new UnreadableFileException(Message.of("read.notWorkbook"), e);
        }
        if (in == null) {
            throw new UnreadableFileException(Message.of("read.notWorkbook"), null);
        }
        return new BoundedStream(in, limits.partBytes(), limits.partTooLarge(name));
    }

    /** A parse error, or a limit or I/O failure that the parser wrapped: the file's reason, never the parser's words. */
    static UnreadableFileException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableFileException known) {
                return known;
            }
            if (cause instanceof XMLStreamException xml && xml.getNestedException() instanceof UnreadableFileException known) {
                return known;
            }
        }
        return new UnreadableFileException(Workbooks.tooLargeOrCorrupt(e), e);
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
