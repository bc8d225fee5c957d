package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.header.HeaderMatch;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.table.TextEncoding;
import dev.toolspend.ingest.value.FormatProfiler;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.UsageRow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * The fast path for large plain event logs ({@code timestamp,user,app}, any column order, no quotes):
 * the file is cut into newline-aligned byte ranges read in parallel, and each line is parsed as bytes —
 * no String, no regular expression — into (app, user) → latest date, per thread; the threads' maps are
 * then merged in file order, so the result is the general reader's to the row: same seats, same dates,
 * same source lines, same counts, whatever the number of threads.
 * <p>
 * A line the byte parser does not recognise as a plain event (a blank or trailer line, a missing value,
 * a timestamp in another form, a non-ASCII space at a field's edge) is decoded and read by the general
 * rules ({@link TableReader#classify}), so it is used, rejected or skipped exactly as it would have been,
 * and folded into its range's seats as it is read: memory grows with users × apps even when every line
 * takes that way (timestamps written {@code 10/01/2026 12:00:46}). A non-ASCII letter at a field's edge
 * ({@code élodie@…}) does not: only that character is decoded, to see whether strip() would remove it.
 * A file with a quote character or a bare CR anywhere after its header is left to the general reader
 * ({@link #read} returns null): its lines are not one record each.
 */
public final class FastEventLog {

    /**
     * What reading the table gave: aggregated seats (in key order), its counts, its rejections.
     *
     * @param orderFree no timestamp of the table depends on a day/month order (all ISO), so the result does
     *                  not depend on the column formats the inventory settles
     * @param nanos     how long reading the file took
     * @param early     read by the inventory of this process, not just now
     * @param ascii     every byte after the header is ASCII
     * @param generalLines how many lines the byte parser left to the general rules
     */
    public record Result(List<UsageRow> rows, FileStats stats, List<Rejection> rejections, boolean orderFree,
                         long nanos, boolean early, boolean ascii, long generalLines) {
    }

    /**
     * The inventory's profile of a plain event log, in the same pass as its reading: the table is read
     * through once (it could be gigabytes) and, when none of its timestamps depends on a day/month order,
     * the formats need no decision and the aggregate is kept in the run's cache for its read step, which then
     * does not read the file again (a restarted run reads it again). Otherwise the timestamps are
     * profiled ({@link #profile}). False when the general reader must profile the table.
     */
    public static boolean profileAndKeep(Path file, InputSource source, Values values, FormatProfiler profiler,
                                         ReadCache cache) throws IOException {
        int threads = cache.threads();
        if (!eligible(source)) {
            return false;
        }
        Result result = readFile(file, source, values, threads);
        if (result == null) {
            return false;
        }
        if (result.ascii()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                TextEncoding.verifiedFrom(file, ByteRanges.dataStart(channel, source.format().encoding().bomLength(),
                        source.headerLine()), cache);
            }
        }
        if (!result.orderFree()) {
            return profile(file, source, profiler, threads);
        }
        cache.keep(file, form(source, values), result);
        return true;
    }

    /** What the kept aggregate depends on besides the file's bytes: where its data starts, how it is read. */
    private static String form(InputSource source, Values values) {
        return source.headerLine() + "|" + source.format().encode() + "|" + source.header().header() + "|"
                + values.settings().zone();
    }

    private FastEventLog() {
    }

    /** Whether the table's form allows the fast path (its bytes still decide, see {@link #read}). */
    public static boolean eligible(InputSource source) {
        if (source.sheet() != null || source.format() == null || source.layout() != Layout.EVENT_LOG) {
            return false;
        }
        TextEncoding encoding = source.format().encoding();
        char delimiter = source.format().delimiter();
        HeaderMatch header = source.header();
        return (encoding == TextEncoding.UTF_8 || encoding == TextEncoding.UTF_8_BOM
                || encoding == TextEncoding.WINDOWS_1252)
                && delimiter < 0x80 && delimiter != '"' && delimiter != '\r' && delimiter != '\n'
                && header.has(TIMESTAMP) && header.has(TOOL) && (header.has(USER) ^ header.has(LOGIN))
                && !header.has(OUTCOME) && !header.has(EVENT_TYPE);
    }

    /**
     * Reads the table on {@code threads} threads, or returns null when the file has a quote or a bare CR
     * after its header (the general reader must read it).
     */
    public static Result read(Path root, InputSource source, Values values, int threads) throws IOException {
        return read(root, source, values, new ReadCache(threads));
    }

    /** As {@link #read(Path, InputSource, Values, int)}, taking what the run's inventory kept of the table. */
    public static Result read(Path root, InputSource source, Values values, ReadCache cache) throws IOException {
        if (!eligible(source)) {
            return null;
        }
        Path file = root.resolve(source.path());
        Result kept = cache.take(file, form(source, values), Result.class);
        if (kept != null) {
            return new Result(kept.rows(), kept.stats(), kept.rejections(), kept.orderFree(), kept.nanos(), true,
                    kept.ascii(), kept.generalLines());
        }
        return readFile(file, source, values, cache.threads());
    }

    private static Result readFile(Path file, InputSource source, Values values, int threads) throws IOException {
        long started = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = ByteRanges.dataStart(channel, source.format().encoding().bomLength(), source.headerLine());
            if (start < 0) {
                return null;
            }
            List<EventLines> done = ByteRanges.inParallel(channel, start, threads, source.path(),
                    bounds -> new EventLines(source, values, bounds[0], bounds[1]));
            if (done == null) {
                return null;
            }
            return FileOrderMerge.merge(source, done, started);
        }
    }

    /**
     * Settles a plain event log's column formats without the general reader: only a timestamp whose
     * day/month order matters (not ISO) tells the profiler anything, so only such lines are decoded and
     * shown to it. False when the table is not a plain event log (the general reader must profile it).
     */
    public static boolean profile(Path file, InputSource source, FormatProfiler profiler, int threads)
            throws IOException {
        if (!eligible(source) || !source.header().dateColumns().equals(java.util.Set.of(source.header().index(TIMESTAMP)))
                || !source.header().amountColumns().isEmpty()) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = ByteRanges.dataStart(channel, source.format().encoding().bomLength(), source.headerLine());
            if (start < 0) {
                return false;
            }
            List<ProfileLines> done = ByteRanges.inParallel(channel, start, threads, source.path(), bounds -> new ProfileLines(
                    source, new FormatProfiler(source.header().amountColumns(), source.header().dateColumns()),
                    bounds[0], bounds[1]));
            if (done == null) {
                return false;
            }
            done.forEach(range -> profiler.merge(range.profiler));
            return true;
        }
    }
}
