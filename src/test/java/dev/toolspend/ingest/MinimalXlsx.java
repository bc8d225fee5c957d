package dev.toolspend.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, as a hostile file would be: one sheet ({@code Sheet1}) whose rows the caller
 * writes as XML (streamed, so a sheet larger than the test's heap can be made), and any other part given.
 */
public final class MinimalXlsx {

    /** Writes the {@code <row>} elements of the sheet. */
    @FunctionalInterface
    public interface Rows {
        void write(Writer sheetData) throws IOException;
    }

    private MinimalXlsx() {
    }

    /** Letters that do not compress much (a string of one letter would be refused as a zip bomb first). */
    public static String noise(int length) {
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    public static byte[] bytes(Map<String, String> extraParts, String rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, extraParts, out -> out.write(rows));
        return bytes.toByteArray();
    }

    /** The workbook with one of its parts rewritten (a part that is not there fails the test that asks for it). */
    public static byte[] withPart(byte[] xlsx, String part, java.util.function.UnaryOperator<byte[]> change)
            throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        if (!parts.containsKey(part)) {
            throw new IllegalArgumentException("no part " + part + " in the workbook");
        }
        parts.put(part, change.apply(parts.get(part)));
        return zip(parts);
    }

    /** A zip of these entries, in this order. */
    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(OutputStream target, Map<String, String> extraParts, Rows rows) throws IOException {
        boolean sst = extraParts.containsKey("xl/sharedStrings.xml");
        Map<String, String> parts = new TreeMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sst ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sst ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                + "</Relationships>");
        parts.putAll(extraParts);
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            rows.write(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
    }
}
