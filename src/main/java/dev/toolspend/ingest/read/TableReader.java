package dev.toolspend.ingest.read;

import dev.toolspend.ingest.table.MalformedInputException;
import dev.toolspend.ingest.table.Table;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.SourceRef;

import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the data rows of one recognised table (rows after its header) and maps each to its records,
 * a rejection, or a deliberate skip. Streams: holds one row at a time (and whatever its mapper
 * aggregates). Counts every row: {@code read = used + rejected + skipped}.
 */
public final class TableReader<T> implements Closeable {

    private final Table table;
    private final InputSource source;
    private final RowMapper<T> mapper;
    private final Values values;
    private final Map<SkipReason, long[]> skips = new EnumMap<>(SkipReason.class);   // [count, first line]
    private long read;
    private long used;
    private long rejected;
    private boolean finished;
    private Iterator<T> held;

    public TableReader(Table table, InputSource source, RowMapper<T> mapper, Values values) {
        this.table = table;
        this.source = source;
        this.mapper = mapper;
        this.values = values;
    }

    /** The next outcome: a row's records or its rejection, then the mapper's held-back records; null at the end. */
    public RowResult<T> next() throws IOException {
        while (true) {
            if (held != null) {
                return held.hasNext() ? RowResult.Accepted.of(held.next()) : null;
            }
            if (finished) {
                held = mapper.finish().iterator();
                continue;
            }
            TableRow row;
            try {
                row = table.next();
            } catch (MalformedInputException e) {
                finished = true;
                read++;
                rejected++;
                return new RowResult.Rejected<>(new Rejection(
                        new SourceRef(source.path(), source.sheet(), e.line()), null, null, e.reason()));
            }
            if (row == null) {
                finished = true;
                continue;
            }
            if (row.line() <= source.headerLine()) {
                continue;
            }
            read++;
            RowResult<T> result = map(row);
            if (result != null) {
                return result;
            }
        }
    }

    /** The row's outcome, or null when it gives no item (skipped, or folded into an aggregate). */
    private RowResult<T> map(TableRow row) {
        Outcome<T> outcome = classify(row, source, mapper, values);
        if (outcome instanceof Outcome.Skipped<T> skipped) {
            return skip(skipped.reason(), row);
        }
        if (outcome instanceof Outcome.Rejected<T> r) {
            return reject(r.rejection());
        }
        used++;
        List<T> records = ((Outcome.Used<T>) outcome).records();
        return records.isEmpty() ? null : new RowResult.Accepted<>(records);
    }

    /** What one data row becomes: its records, a rejection, or a deliberate skip. */
    public sealed interface Outcome<T> {
        record Used<T>(List<T> records) implements Outcome<T> {
        }

        record Rejected<T>(Rejection rejection) implements Outcome<T> {
        }

        record Skipped<T>(SkipReason reason) implements Outcome<T> {
        }
    }

    /**
     * One data row through the checks every table applies (parse problems, blank and trailer rows, the
     * field count) and then its mapper: the same for the general reader and for a fast path's odd rows.
     */
    public static <T> Outcome<T> classify(TableRow row, InputSource source, RowMapper<T> mapper, Values values) {
        SourceRef ref = new SourceRef(source.path(), source.sheet(), row.line());
        char delimiter = source.format() == null ? ',' : source.format().delimiter();
        if (row.problem() != null) {
            return new Outcome.Rejected<>(new Rejection(ref, null, String.join(String.valueOf(delimiter), row.texts()),
                    row.problem()));
        }
        if (row.blank()) {
            return new Outcome.Skipped<>(SkipReason.BLANK);
        }
        if (TrailerRows.certain(row)) {
            return new Outcome.Skipped<>(SkipReason.TRAILER);
        }
        int expected = source.columns().size();
        if (source.sheet() == null && !fieldCountFits(row, expected)) {
            if (TrailerRows.likely(row)) {
                return new Outcome.Skipped<>(SkipReason.TRAILER);
            }
            return new Outcome.Rejected<>(new Rejection(ref, null, String.join(String.valueOf(delimiter), row.texts()),
                    Message.of("row.fieldCount", (long) row.size(), (long) expected)));
        }
        RowValues cells = new RowValues(row, source.header(), values, source.formats(), ref);
        try {
            return new Outcome.Used<>(mapper.map(cells));
        } catch (SkippedRow e) {
            return new Outcome.Skipped<>(e.reason());
        } catch (ValueException e) {
            if (TrailerRows.likely(row)) {
                return new Outcome.Skipped<>(SkipReason.TRAILER);
            }
            return new Outcome.Rejected<>(new Rejection(ref, e.column(), e.value(), e.reason())
                    .withStake(mapper.stake(cells)));
        }
    }

    /** Extra trailing fields are tolerated when blank (a delimiter at the end of every line). */
    private static boolean fieldCountFits(TableRow row, int expected) {
        if (row.size() < expected) {
            return false;
        }
        for (int i = expected; i < row.size(); i++) {
            if (!row.text(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private RowResult<T> reject(Rejection rejection) {
        rejected++;
        return new RowResult.Rejected<>(rejection);
    }

    private RowResult<T> skip(SkipReason reason, TableRow row) {
        long[] count = skips.computeIfAbsent(reason, r -> new long[]{0, row.line()});
        count[0]++;
        return null;
    }

    public FileStats stats() {
        return new FileStats(read, used, rejected, skips.entrySet().stream()
                .map(e -> new FileStats.Skip(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
