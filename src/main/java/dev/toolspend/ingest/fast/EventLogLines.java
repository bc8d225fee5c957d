package dev.toolspend.ingest.fast;

import com.opencsv.ICSVParser;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.table.ByteSearch;
import dev.toolspend.ingest.table.CsvFiles;

import java.nio.charset.Charset;

import static dev.toolspend.ingest.header.Field.TIMESTAMP;

/**
 * A range of a plain event log, with what reading its lines as bytes needs to know of the table: its charset,
 * its delimiter (as a byte and as a search pattern), its timestamp column, and a parser of its own for the
 * lines decoded as text.
 */
abstract class EventLogLines extends LineRange {

    final Charset charset;
    final byte delimiter;
    final long delimiterPattern;
    final int tsColumn;
    /** Cuts the lines decoded as text (none has a quote: such a file goes to the general reader). */
    final ICSVParser parser;

    EventLogLines(InputSource source, long from, long to) {
        super(from, to);
        this.charset = source.format().encoding().charset();
        this.delimiter = (byte) source.format().delimiter();
        this.delimiterPattern = ByteSearch.pattern(delimiter);
        this.tsColumn = source.header().index(TIMESTAMP);
        this.parser = CsvFiles.parser(source.format().delimiter());
    }
}
