package dev.toolspend.ingest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;

import java.io.Reader;

/** The one place CSV parsing is configured: RFC 4180 quoting, never backslash escapes. */
public final class CsvFiles {

    private CsvFiles() {
    }

    public static ICSVParser parser(char separator) {
        return new RFC4180ParserBuilder().withSeparator(separator).build();
    }

    public static CSVReader reader(Reader reader, char separator) {
        return new CSVReaderBuilder(reader).withCSVParser(parser(separator)).build();
    }
}
