package dev.toolspend.ingest;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file read as a {@link Table}, streamed: UTF-8 (a byte-order mark is dropped), the delimiter
 * sniffed from the first line among comma, semicolon, tab and pipe, RFC 4180 quoting.
 */
public final class CsvTable implements Table {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** The delimiter is sniffed from the first line, or from this many characters of a longer one. */
    private static final int SNIFF_CHARS = 1 << 16;

    private final CSVReader reader;
    private final char delimiter;
    private long linesConsumed;

    private CsvTable(BufferedReader text, char delimiter) {
        this.delimiter = delimiter;
        this.reader = CsvFiles.reader(text, delimiter);
    }

    public static CsvTable open(Path file) throws IOException {
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
        skipUtf8Bom(in);
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), SNIFF_CHARS);
        text.mark(SNIFF_CHARS);
        char[] head = new char[SNIFF_CHARS];
        int n = Math.max(0, text.read(head, 0, SNIFF_CHARS));
        text.reset();
        String start = new String(head, 0, n);
        int newline = start.indexOf('\n');
        return new CsvTable(text, sniffDelimiter(newline < 0 ? start : start.substring(0, newline)));
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public TableRow next() throws IOException {
        long start = linesConsumed + 1;
        String[] fields;
        try {
            fields = reader.readNext();
        } catch (CsvMalformedLineException e) {
            throw new MalformedInputException(start, "a quoted field opened on line " + start
                    + " is never closed; the rest of the file cannot be read", e);
        } catch (CsvException e) {
            throw new MalformedInputException(start, "line " + start + " cannot be parsed: " + e.getMessage(), e);
        }
        linesConsumed = reader.getLinesRead();
        return fields == null ? null : new CsvRow(start, fields);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    static char sniffDelimiter(String firstLine) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : DELIMITERS) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static void skipUtf8Bom(PushbackInputStream in) throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && n > 0) {
            in.unread(head, 0, n);
        }
    }

    private record CsvRow(long line, String[] fields) implements TableRow {
        @Override
        public int size() {
            return fields.length;
        }

        @Override
        public String text(int column) {
            return column >= 0 && column < fields.length ? fields[column].strip() : "";
        }
    }
}
