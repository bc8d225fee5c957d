package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of an .xlsx workbook read row by row from its XML ({@link XlsxFile}). Cells are typed as
 * {@link SheetTable} types them: a formula gives its cached value (never evaluated), a number its full-precision
 * value as Excel shows it, a number in a date style a date in the workbook's date system. A row over
 * {@link ReadLimits#columns} or with a cell over {@link ReadLimits#fieldChars} comes with a
 * {@link TableRow#problem}; a sheet over {@link ReadLimits#sheetRows} rows cannot be read.
 */
final class XlsxSheet implements Table {

    private record Cell(String text, BigDecimal number, LocalDate date) {
        static final Cell EMPTY = new Cell("", null, null);
    }

    private final XlsxFile workbook;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final ReadLimits limits;
    private long rows;
    private long lastLine;

    XlsxSheet(XlsxFile workbook, InputStream in, XMLStreamReader xml) {
        this.workbook = workbook;
        this.in = in;
        this.xml = xml;
        this.limits = workbook.limits();
    }

    @Override
    public TableRow next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    if (++rows > limits.sheetRows()) {
                        throw new UnreadableFileException(Message.of("read.overLimit", limits.sheetTooLong()), null);
                    }
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw XlsxFile.unreadable(e);      // a zip-bomb guard, a broken part: the file's reason, not POI's words
        }
    }

    private TableRow row() throws XMLStreamException, IOException {
        String number = xml.getAttributeValue(null, "r");
        long line = number == null ? lastLine + 1 : Math.max(1, XlsxFile.number(number));
        lastLine = line;
        List<Integer> columns = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int widest = -1;
        boolean tooLong = false;
        int column = -1;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals("c")) {
                    depth++;
                    continue;
                }
                String ref = xml.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : column(ref);
                Cell cell = cell();
                if (cell.text().isEmpty()) {
                    continue;
                }
                widest = Math.max(widest, column);
                if (column < limits.columns()) {
                    tooLong |= cell.text().length() > limits.fieldChars();
                    columns.add(column);
                    cells.add(cell);
                }
            }
        }
        Message problem = widest >= limits.columns()
                ? Message.of("limit.columns", line, widest + 1L, (long) limits.columns())
                : tooLong ? Message.of("limit.fieldCharsOver", line, (long) limits.fieldChars()) : null;
        Cell[] row = new Cell[widest < limits.columns() ? widest + 1 : 0];
        for (int i = 0; i < columns.size() && row.length > 0; i++) {
            row[columns.get(i)] = cells.get(i);
        }
        return new XlsxRow(line, row, workbook.date1904(), problem);
    }

    /** The cell the reader is on, typed; the reader ends on the cell's end. */
    private Cell cell() throws XMLStreamException, IOException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        int max = limits.fieldChars() + 1;
        StringBuilder value = new StringBuilder();
        String inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> XlsxFile.text(xml, value, max);
                    case "is" -> inline = XlsxFile.richText(xml, max);
                    default -> depth++;          // a formula, an extension: never evaluated
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String v = value.toString();
        if (type == null || type.equals("n")) {
            return number(v, style == null ? -1 : XlsxFile.number(style));
        }
        return switch (type) {
            case "s" -> new Cell(workbook.sharedString(XlsxFile.number(v.strip())).strip(), null, null);
            case "inlineStr" -> new Cell(inline == null ? v.strip() : inline.strip(), null, null);
            case "b" -> new Cell(v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE",
                    null, null);
            case "e" -> new Cell("#ERROR", null, null);
            case "d" -> isoDate(v.strip());
            default -> new Cell(v.strip(), null, null);     // "str": a formula's text result
        };
    }

    private Cell number(String v, int style) throws IOException {
        String text = v.strip();
        if (text.isEmpty()) {
            return Cell.EMPTY;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return new Cell(text, null, null);
        }
        if (workbook.isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, workbook.date1904());
            if (date != null) {
                return new Cell(date.toLocalDate().toString(), null, date.toLocalDate());
            }
        }
        String shown = NumberToTextConverter.toText(value);
        return new Cell(shown, new BigDecimal(shown), null);
    }

    private static Cell isoDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
            return new Cell(date.toString(), null, date);
        } catch (DateTimeParseException e) {
            return new Cell(text, null, null);
        }
    }

    /** The zero-based column of a reference like {@code AB12}; a reference past Excel's columns is very wide. */
    static int column(String ref) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            if (++letters > 4) {
                return Integer.MAX_VALUE - 1;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return letters == 0 ? 0 : column - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            in.close();
        }
    }

    private static final class XlsxRow implements TableRow {

        private final long line;
        private final Cell[] cells;
        private final boolean date1904;
        private final Message problem;

        XlsxRow(long line, Cell[] cells, boolean date1904, Message problem) {
            this.line = line;
            this.cells = cells;
            this.date1904 = date1904;
            this.problem = problem;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public boolean date1904() {
            return date1904;
        }

        @Override
        public Message problem() {
            return problem;
        }

        @Override
        public int size() {
            return cells.length;
        }

        private Cell at(int column) {
            Cell cell = column < 0 || column >= cells.length ? null : cells[column];
            return cell == null ? Cell.EMPTY : cell;
        }

        @Override
        public String text(int column) {
            return at(column).text();
        }

        @Override
        public BigDecimal number(int column) {
            return at(column).number();
        }

        @Override
        public LocalDate date(int column) {
            return at(column).date();
        }
    }
}
