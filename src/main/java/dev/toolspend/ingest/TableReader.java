package dev.toolspend.ingest;

import dev.toolspend.model.Rejection;
import dev.toolspend.model.SourceRef;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the data rows of one recognised table (rows after its header) and maps each to a record or
 * a rejection. Streams: holds one row at a time.
 */
public final class TableReader<T> implements Closeable {

    private final Table table;
    private final InputSource source;
    private final RowMapper<T> mapper;
    private final Values values;
    private long read;
    private long rejected;
    private long skipped;
    private boolean finished;

    public TableReader(Table table, InputSource source, RowMapper<T> mapper, Values values) {
        this.table = table;
        this.source = source;
        this.mapper = mapper;
        this.values = values;
    }

    /** The next data row's outcome, or null when the table is exhausted. */
    public RowResult<T> next() throws IOException {
        while (!finished) {
            TableRow row;
            try {
                row = table.next();
            } catch (MalformedInputException e) {
                finished = true;
                read++;
                rejected++;
                return new RowResult.Rejected<>(new Rejection(
                        new SourceRef(source.path(), source.sheet(), e.line()), null, null, e.getMessage()));
            }
            if (row == null) {
                finished = true;
                break;
            }
            if (row.line() <= source.headerLine()) {
                continue;
            }
            if (row.blank()) {
                skipped++;
                continue;
            }
            read++;
            return map(row);
        }
        return null;
    }

    private RowResult<T> map(TableRow row) {
        SourceRef ref = new SourceRef(source.path(), source.sheet(), row.line());
        int expected = source.columns().size();
        if (source.sheet() == null && row.size() != expected) {
            rejected++;
            return new RowResult.Rejected<>(new Rejection(ref, null, String.join(",", row.texts()),
                    "the row has " + row.size() + " fields, the header has " + expected));
        }
        try {
            return new RowResult.Accepted<>(mapper.map(new RowValues(row, source.header(), values, ref)));
        } catch (ValueException e) {
            rejected++;
            return new RowResult.Rejected<>(new Rejection(ref, e.column(), e.value(), e.getMessage()));
        }
    }

    public FileStats stats() {
        return new FileStats(read, rejected, skipped);
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
