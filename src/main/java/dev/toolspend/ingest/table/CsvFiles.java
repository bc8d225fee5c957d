package dev.toolspend.ingest.table;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;

import java.io.Reader;

/** The one place CSV parsing is configured: RFC 4180 quoting, never backslash escapes. */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** The cells of a line without quotes: the text between each {@code delimiter}, empty cells kept. */
    static String[] cells(String line, char delimiter) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delimiter) {
                count++;
            }
        }
        String[] cells = new String[count];
        int start = 0;
        for (int i = 0, cell = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == delimiter) {
                cells[cell++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return cells;
    }

    public static ICSVParser parser(char separator) {
        return new RFC4180ParserBuilder().withSeparator(separator).build();
    }

    public static CSVReader reader(Reader reader, char separator) {
        return new CSVReaderBuilder(reader).withCSVParser(parser(separator)).build();
    }
}
