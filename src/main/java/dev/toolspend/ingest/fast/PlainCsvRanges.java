package dev.toolspend.ingest.fast;

import com.opencsv.ICSVParser;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.table.ByteSearch;
import dev.toolspend.ingest.table.CsvFiles;
import dev.toolspend.ingest.table.TextEncoding;
import dev.toolspend.ingest.table.TextRow;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A CSV table without a quote character or a bare CR after its header (each line one record) read in
 * newline-aligned byte ranges on several threads, every line through the general rules
 * ({@link TableReader#classify}) with a mapper per range. Lines are first counted per range, so every row
 * has its file line number when it is read, and each range's records go to a state of its own: the
 * caller merges the states in file order, which gives the sequential result. For mappers that hold no rows
 * back ({@link RowMapper#holdsRows}): a table whose mapper aggregates is left to the general reader, and a
 * range whose mapper still has records at its end is an error, never a silent loss.
 */
public final class PlainCsvRanges {

    /** What reading gave: one state per range, in file order; the table's counts and rejections. */
    public record Result<S>(List<S> states, FileStats stats, List<Rejection> rejections) {
    }

    /** Where a range's records go, on the range's thread. */
    @FunctionalInterface
    public interface Sink<T, S> {
        void record(S state, T record);
    }

    private PlainCsvRanges() {
    }

    /** Whether the table's form allows it (its bytes still decide, see {@link #read}). */
    public static boolean eligible(InputSource source) {
        if (source.sheet() != null || source.format() == null || source.layout() == Layout.EVENT_LOG
                || source.layout() == Layout.OKTA_SYSTEM_LOG) {
            return false;
        }
        TextEncoding encoding = source.format().encoding();
        char delimiter = source.format().delimiter();
        return (encoding == TextEncoding.UTF_8 || encoding == TextEncoding.UTF_8_BOM
                || encoding == TextEncoding.WINDOWS_1252)
                && delimiter < 0x80 && delimiter != '"' && delimiter != '\r' && delimiter != '\n';
    }

    /**
     * Reads the table, or returns null when it has a quote or a bare CR, or its mapper holds rows back (the
     * general reader must read it).
     */
    public static <T, S> Result<S> read(Path root, InputSource source, Values values, int threads,
                                        Function<InputSource, RowMapper<T>> mappers, Supplier<S> states,
                                        Sink<T, S> sink) throws IOException {
        if (!eligible(source) || mappers.apply(source).holdsRows()) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(root.resolve(source.path()), StandardOpenOption.READ)) {
            long start = ByteRanges.dataStart(channel, source.format().encoding().bomLength(), source.headerLine());
            if (start < 0) {
                return null;
            }
            List<Counted> counted = ByteRanges.inParallel(channel, start, threads, source.path(),
                    bounds -> new Counted(bounds[0], bounds[1]));
            if (counted == null) {
                return null;
            }
            long line = source.headerLine() + 1;
            List<Parsed<T, S>> parsers = new ArrayList<>();
            for (Counted range : counted) {
                parsers.add(new Parsed<>(range.from, range.to, line, source, values, mappers.apply(source),
                        states.get(), sink));
                line += range.lines;
            }
            List<Parsed<T, S>> parsed = ByteRanges.inParallel(channel, parsers, threads, source.path());
            if (parsed == null) {
                return null;
            }
            List<S> out = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            Map<SkipReason, long[]> skips = new EnumMap<>(SkipReason.class);
            long read = 0;
            for (Parsed<T, S> range : parsed) {
                if (!range.mapper.finish().isEmpty()) {
                    throw new IllegalStateException("the mapper of " + source.path()
                            + " held rows back: it cannot be read in ranges");
                }
                out.add(range.state);
                rejections.addAll(range.rejections);
                read += range.lines;
                range.skips.forEach((reason, c) -> skips.merge(reason, c.clone(),
                        (a, b) -> new long[]{a[0] + b[0], Math.min(a[1], b[1])}));
            }
            long skipped = skips.values().stream().mapToLong(c -> c[0]).sum();
            List<FileStats.Skip> skipList = new ArrayList<>();
            skips.forEach((reason, c) -> skipList.add(new FileStats.Skip(reason, c[0], c[1])));
            return new Result<>(out, new FileStats(read, read - rejections.size() - skipped, rejections.size(),
                    skipList), rejections);
        }
    }

    /** First pass: a range's lines counted (and any quote or bare CR found). */
    private static final class Counted extends LineRange {
        /** A quote, looked for as the delimiter: the search stops at a quote or a CR. */
        private static final long QUOTE = ByteSearch.pattern((byte) '"');

        Counted(long from, long to) {
            super(from, to);
        }

        @Override
        boolean line(byte[] b, int s, int e, long index) {
            int at = ByteSearch.find3(b, s, e, QUOTE);
            return at == e;                             // a quote or a bare CR: not one record a line
        }
    }

    /** Second pass: each line of a range a row, through the general rules, into the range's state. */
    private static final class Parsed<T, S> extends LineRange {
        final long firstLine;
        final InputSource source;
        final Values values;
        final RowMapper<T> mapper;
        final S state;
        final Sink<T, S> sink;
        final Charset charset;
        final ICSVParser parser;
        final List<Rejection> rejections = new ArrayList<>();
        final Map<SkipReason, long[]> skips = new EnumMap<>(SkipReason.class);

        Parsed(long from, long to, long firstLine, InputSource source, Values values, RowMapper<T> mapper, S state,
               Sink<T, S> sink) {
            super(from, to);
            this.firstLine = firstLine;
            this.source = source;
            this.values = values;
            this.mapper = mapper;
            this.state = state;
            this.sink = sink;
            this.charset = source.format().encoding().charset();
            this.parser = CsvFiles.parser(source.format().delimiter());
        }

        @Override
        boolean line(byte[] b, int s, int e, long index) {
            long number = firstLine + index;
            TableReader.Outcome<T> outcome = TableReader.classify(
                    TextRow.of(number, new String(b, s, e - s, charset), parser), source, mapper, values);
            if (outcome instanceof TableReader.Outcome.Used<T> used) {
                for (T record : used.records()) {
                    sink.record(state, record);
                }
            } else if (outcome instanceof TableReader.Outcome.Rejected<T> rejected) {
                rejections.add(rejected.rejection());
            } else {
                long[] count = skips.computeIfAbsent(((TableReader.Outcome.Skipped<T>) outcome).reason(),
                        r -> new long[]{0, number});
                count[0]++;
            }
            return true;
        }
    }
}
