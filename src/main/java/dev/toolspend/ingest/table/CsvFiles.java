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

    /** An RFC 4180 parser for one reader (it keeps the state of a record spread over lines): one per thread. */
    public static ICSVParser parser(char separator) {
        return new RFC4180ParserBuilder().withSeparator(separator).build();
    }

    public static CSVReader reader(Reader reader, char separator) {
        return new CSVReaderBuilder(reader).withCSVParser(parser(separator)).build();
    }
}
