package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.header.HeaderMatch;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.mapper.UsageEvent;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.TrailerRows;
import dev.toolspend.ingest.table.FileChangedException;
import dev.toolspend.ingest.table.InParallel;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.table.TextEncoding;
import dev.toolspend.ingest.table.TextRow;
import dev.toolspend.ingest.value.Dates;
import dev.toolspend.ingest.value.FormatProfiler;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.UsageRow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Byte ranges per thread: a few, so that a slow range does not leave a core idle for long. */
    static final int RANGES_PER_THREAD = 2;
    private static final int BUFFER = 1 << 20;

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
                TextEncoding.verifiedFrom(file, dataStart(channel, source.format().encoding().bomLength(),
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
            long start = dataStart(channel, source.format().encoding().bomLength(), source.headerLine());
            if (start < 0) {
                return null;
            }
            List<Range> done = inParallel(channel, start, threads, source.path(),
                    bounds -> new Range(source, values, bounds[0], bounds[1]));
            if (done == null) {
                return null;
            }
            return merge(source, done, started);
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
            long start = dataStart(channel, source.format().encoding().bomLength(), source.headerLine());
            if (start < 0) {
                return false;
            }
            List<ProfileRange> done = inParallel(channel, start, threads, source.path(), bounds -> new ProfileRange(
                    source, new FormatProfiler(source.header().amountColumns(), source.header().dateColumns()),
                    bounds[0], bounds[1]));
            if (done == null) {
                return false;
            }
            done.forEach(range -> profiler.merge(range.profiler));
            return true;
        }
    }

    /** Reads the data's ranges on {@code threads} threads; null when one of them aborted. */
    static <R extends LineRange> List<R> inParallel(FileChannel channel, long start, int threads, String path,
                                                   java.util.function.Function<long[], R> range)
            throws IOException {
        List<R> jobs = new ArrayList<>();
        for (long[] bounds : ranges(channel, start, Math.max(1, threads) * RANGES_PER_THREAD)) {
            jobs.add(range.apply(bounds));
        }
        return inParallel(channel, jobs, threads, path);
    }

    /** Reads the given ranges on {@code threads} threads; null when one of them aborted. */
    static <R extends LineRange> List<R> inParallel(FileChannel channel, List<R> jobs, int threads, String path)
            throws IOException {
        List<InParallel.Task<R>> tasks = new ArrayList<>();
        for (R job : jobs) {
            tasks.add(() -> {
                job.read(channel);
                return job;
            });
        }
        return InParallel.run("range-reader", threads, tasks, "reading " + path, range -> range.aborted);
    }

    /** A range of lines whose non-ISO timestamps are shown to its own profiler. */
    private static final class ProfileRange extends LineRange {
        final FormatProfiler profiler;
        final Charset charset;
        final byte delimiter;
        final int tsColumn;

        final long delimiterPattern;

        ProfileRange(InputSource source, FormatProfiler profiler, long from, long to) {
            super(from, to);
            this.delimiterPattern = pattern((byte) source.format().delimiter());
            this.profiler = profiler;
            this.charset = source.format().encoding().charset();
            this.delimiter = (byte) source.format().delimiter();
            this.tsColumn = source.header().index(TIMESTAMP);
        }

        @Override
        boolean line(byte[] b, int s, int e, long local) {
            int field = 0;
            int fieldStart = s;
            int tsStart = -1;
            int tsEnd = -1;
            for (int i = s; ; i++) {
                i = find3(b, i, e, delimiterPattern);
                if (i < e && b[i] != delimiter) {
                    return false;                       // a quote or a bare CR
                }
                if (field == tsColumn) {
                    tsStart = fieldStart;
                    tsEnd = i;
                }
                if (i == e) {
                    break;
                }
                field++;
                fieldStart = i + 1;
            }
            if (tsStart < 0) {
                return true;                            // no timestamp cell: nothing to tell
            }
            while (tsStart < tsEnd && space(b[tsStart])) {
                tsStart++;
            }
            if (tsEnd - tsStart >= 5 && isDigit(b[tsStart]) && isDigit(b[tsStart + 1]) && isDigit(b[tsStart + 2])
                    && isDigit(b[tsStart + 3]) && b[tsStart + 4] == '-') {
                return true;                            // year first: its order never depends on a setting
            }
            String text = new String(b, s, e - s, charset);
            profiler.observe(TextRow.of(local, text, (char) delimiter));
            return true;
        }

        private static boolean isDigit(byte c) {
            return c >= '0' && c <= '9';
        }
    }

    /** The byte offset of the first line after the header, or -1 when a bare CR comes first. */
    static long dataStart(FileChannel channel, int bom, long headerLine) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long position = bom;
        long line = 1;
        boolean afterCr = false;
        while (line <= headerLine) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return afterCr ? -1 : position;
            }
            for (int i = 0; i < n; i++) {
                byte c = buffer.get(i);
                if (afterCr && c != '\n') {
                    return -1;
                }
                afterCr = c == '\r';
                if (c == '\n' && ++line > headerLine) {
                    return position + i + 1;
                }
            }
            position += n;
        }
        return position;
    }

    /** About {@code count} ranges of the data, each starting at a line start. */
    static List<long[]> ranges(FileChannel channel, long start, int count) throws IOException {
        long size = channel.size();
        List<long[]> ranges = new ArrayList<>();
        long step = Math.max(1 << 16, (size - start) / count + 1);
        long from = start;
        ByteBuffer probe = ByteBuffer.allocate(1 << 16);
        while (from < size) {
            long to = Math.min(size, from + step);
            while (to < size) {                     // move to just after the next line feed
                probe.clear();
                int n = channel.read(probe, to);
                if (n < 0) {
                    throw new FileChangedException(to, size);
                }
                int i = 0;
                while (i < n && probe.get(i) != '\n') {
                    i++;
                }
                to += i;
                if (i < n) {
                    to++;
                    break;
                }
            }
            ranges.add(new long[]{from, Math.min(to, size)});
            from = to;
        }
        return ranges;
    }

    /**
     * A byte range of whole lines, read through one buffer; subclasses see each line's bytes. A file that
     * ends before the range does (it shrank after its ranges were cut) is a {@link FileChangedException}.
     */
    abstract static class LineRange {
        final long from;
        final long to;
        long lines;
        boolean aborted;
        /** Every byte read, OR-ed: its high bits say whether the range held anything but ASCII. */
        long bits;

        LineRange(long from, long to) {
            this.from = from;
            this.to = to;
        }

        /**
         * One line, its terminator (LF or CRLF) excluded, and its index in the range (0 for the first; the
         * range's {@link #lines} counts it already); false when the file must go to the general reader.
         */
        abstract boolean line(byte[] b, int s, int e, long index);

        private boolean deliver(byte[] b, int s, int e) {
            long index = lines++;
            return line(b, s, e > s && b[e - 1] == '\r' ? e - 1 : e, index);
        }

        LineRange read(FileChannel channel) throws IOException {
            byte[] buffer = new byte[BUFFER];
            ByteBuffer wrap = ByteBuffer.wrap(buffer);
            long position = from;
            int kept = 0;                                   // bytes of an unfinished line at the buffer's start
            while (position < to || kept > 0) {
                int want = (int) Math.min(buffer.length - kept, to - position);
                if (want == 0 && kept == buffer.length) {   // a line longer than the buffer
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    wrap = ByteBuffer.wrap(buffer);
                    continue;
                }
                int n = 0;
                if (want > 0) {
                    wrap.limit(kept + want).position(kept);
                    while (wrap.hasRemaining()) {
                        long at = position + (wrap.position() - kept);
                        if (channel.read(wrap, at) < 0) {       // shorter than when its ranges were cut
                            throw new FileChangedException(at, to);
                        }
                    }
                    n = wrap.position() - kept;
                    position += n;
                    bits |= orOf(buffer, kept, kept + n);      // in cache: cheaper than another pass
                }
                int end = kept + n;
                boolean last = position >= to;
                int lineStart = 0;
                for (int i = find(buffer, 0, end, LF); i < end; i = find(buffer, lineStart, end, LF)) {
                    if (!deliver(buffer, lineStart, i)) {
                        aborted = true;
                        return this;
                    }
                    lineStart = i + 1;
                }
                if (last) {
                    if (lineStart < end && !deliver(buffer, lineStart, end)) {
                        aborted = true;
                    }
                    return this;
                }
                kept = end - lineStart;
                System.arraycopy(buffer, lineStart, buffer, 0, kept);
            }
            return this;
        }

    }

    /** One range of lines read by one thread: local line numbers, fixed to file lines when merged. */
    private static final class Range extends LineRange {
        final InputSource source;
        final Values values;
        final Charset charset;
        final byte delimiter;
        final int columns;
        final int tsColumn;
        final int userColumn;
        final int toolColumn;
        final ZoneRules zone;
        /** (user, app) pairs as they are spelled: the user's bytes, a zero byte, the app's; the id is the seat's. */
        final ByteDict pairs = new ByteDict();
        byte[] scratch = new byte[256];
        int[] userLength = new int[1024];
        long[] firstLine = new long[1024];
        long[] maxLine = new long[1024];
        int[] maxDay = new int[1024];
        int seatCount;
        /** Dictionary entries known not to be a total word ("Total"), or known to be one. */
        byte[] userTrailer = new byte[1024];
        byte[] toolTrailer = new byte[1024];
        /** Seats of the lines the general rules read, by {@link UsageEvent#key}: users × apps, not lines. */
        final Map<String, SlowSeat> slowSeats = new HashMap<>();
        long generalLines;
        final boolean utf8;
        final List<Rejection> rejections = new ArrayList<>();    // local line numbers
        final Map<SkipReason, long[]> skips = new EnumMap<>(SkipReason.class);
        final int[] starts;
        final int[] ends;
        final long[] offsetBuckets = new long[4096];
        final int[] offsetSeconds = new int[4096];
        final int[] epochDays = new int[256 * 12 * 31];
        boolean orderDependent;
        long lastDatePrefix = -1;
        short lastDayBytes = -1;
        int lastEpochDay;
        RowMapper<UsageEvent> slowMapper = Mappers.events();

        final long delimiterPattern;

        Range(InputSource source, Values values, long from, long to) {
            super(from, to);
            this.delimiterPattern = pattern((byte) source.format().delimiter());
            this.source = source;
            this.values = values;
            this.charset = source.format().encoding().charset();
            this.utf8 = source.format().encoding().charset().equals(java.nio.charset.StandardCharsets.UTF_8);
            this.delimiter = (byte) source.format().delimiter();
            HeaderMatch header = source.header();
            this.columns = header.header().size();
            this.tsColumn = header.index(TIMESTAMP);
            this.userColumn = header.has(USER) ? header.index(USER) : header.index(LOGIN);
            this.toolColumn = header.index(TOOL);
            ZoneId zoneId = values.settings().zone();
            this.zone = zoneId.getRules();
            this.starts = new int[columns + 1];
            this.ends = new int[columns + 1];
            Arrays.fill(offsetBuckets, Long.MIN_VALUE);
        }

        @Override
        boolean line(byte[] b, int s, int e, long local) {
            int field = 0;
            starts[0] = s;
            for (int i = find3(b, s, e, delimiterPattern); i < e; i = find3(b, i + 1, e, delimiterPattern)) {
                if (b[i] != delimiter) {
                    return false;                       // a quote or a bare CR
                }
                if (field < columns) {
                    ends[field] = i;
                    starts[field + 1] = i + 1;
                }
                field++;
            }
            if (field < columns) {
                ends[field] = e;
            }
            if (field + 1 != columns || !fast(b, local)) {
                slow(b, s, e, local);
            }
            return true;
        }

        /** The line as a plain event, when it is one; false sends it to the general rules. */
        private boolean fast(byte[] b, long local) {
            for (int f = 0; f < columns; f++) {
                int s = starts[f];
                int e = ends[f];
                while (s < e && space(b[s])) {
                    s++;
                }
                while (e > s && space(b[e - 1])) {
                    e--;
                }
                if (s < e && ((b[s] < 0 && whitespaceAt(b, s, e)) || (b[e - 1] < 0 && whitespaceBefore(b, s, e)))) {
                    return false;                       // a non-ASCII space at an edge: strip() removes it
                }
                starts[f] = s;
                ends[f] = e;
            }
            int us = starts[userColumn], ue = ends[userColumn];
            int ts = starts[toolColumn], te = ends[toolColumn];
            if (us == ue || ts == te || starts[tsColumn] == ends[tsColumn]) {
                return false;
            }
            int day = day(b, starts[tsColumn], ends[tsColumn]);
            if (day == Integer.MIN_VALUE) {
                return false;
            }
            int userBytes = ue - us;
            int length = userBytes + 1 + te - ts;
            if (length > scratch.length) {
                scratch = new byte[length * 2];
            }
            System.arraycopy(b, us, scratch, 0, userBytes);
            scratch[userBytes] = 0;
            System.arraycopy(b, ts, scratch, userBytes + 1, te - ts);
            int index = pairs.id(scratch, 0, length);
            if (index == seatCount) {                   // a new pair
                seatCount++;
                if (index == firstLine.length) {
                    firstLine = Arrays.copyOf(firstLine, index * 2);
                    maxLine = Arrays.copyOf(maxLine, index * 2);
                    maxDay = Arrays.copyOf(maxDay, index * 2);
                    userLength = Arrays.copyOf(userLength, index * 2);
                    userTrailer = Arrays.copyOf(userTrailer, index * 2);
                    toolTrailer = Arrays.copyOf(toolTrailer, index * 2);
                }
                userLength[index] = userBytes;
                firstLine[index] = -1;
            }
            int first = 0;
            while (starts[first] == ends[first]) {
                first++;
            }
            if (first != tsColumn && trailerWord(first == userColumn ? index : first == toolColumn ? index : -1,
                    first == userColumn, b, starts[first], ends[first])) {
                return false;
            }
            if (firstLine[index] < 0) {
                firstLine[index] = local;
                maxLine[index] = local;
                maxDay[index] = day;
            } else if (day > maxDay[index]) {
                maxDay[index] = day;
                maxLine[index] = local;
            }
            return true;
        }

        /**
         * Whether the non-ASCII character starting at b[at] (a field's first) is one strip() removes: only that
         * character is decoded, as the line's decoding would (a malformed sequence becomes U+FFFD, no space).
         */
        private boolean whitespaceAt(byte[] b, int at, int end) {
            String text = new String(b, at, Math.min(4, end - at), charset);
            return Character.isWhitespace(text.codePointAt(0));
        }

        /** Whether the non-ASCII character ending at b[end - 1] (a field's last) is one strip() removes. */
        private boolean whitespaceBefore(byte[] b, int start, int end) {
            int from = end - 1;
            if (utf8) {                                 // back to the last character's first byte
                while (from > start && from > end - 4 && (b[from] & 0xC0) == 0x80) {
                    from--;
                }
            }
            String text = new String(b, from, end - from, charset);
            return Character.isWhitespace(text.codePointBefore(text.length()));
        }

        /** Whether the row's first cell (its user or its app) is only a total word (a trailer): cached per pair. */
        private boolean trailerWord(int id, boolean user, byte[] b, int s, int e) {
            for (int i = s; i < e; i++) {
                if (b[i] >= '0' && b[i] <= '9') {
                    return false;                       // a total word has no digit
                }
            }
            if (id < 0) {
                return true;                            // another column: let the general rules look
            }
            byte[] cache = user ? userTrailer : toolTrailer;
            if (cache[id] == 0) {
                String text = new String(b, s, e - s, charset);
                cache[id] = (byte) (TrailerRows.totalWord(text) ? 2 : 1);
            }
            return cache[id] == 2;
        }

        /** A line the byte parser leaves to the general rules (rare in a plain log). */
        private void slow(byte[] b, int s, int e, long local) {
            generalLines++;
            String text = new String(b, s, e - s, charset);
            TableRow row = TextRow.of(local, text, (char) delimiter);
            if (Dates.orderDependent(row.text(tsColumn))) {
                orderDependent = true;
            }
            TableReader.Outcome<UsageEvent> outcome = TableReader.classify(row, source, slowMapper, values);
            if (outcome instanceof TableReader.Outcome.Skipped<UsageEvent> skipped) {
                long[] count = skips.computeIfAbsent(skipped.reason(), r -> new long[]{0, local});
                count[0]++;
            } else if (outcome instanceof TableReader.Outcome.Rejected<UsageEvent> rejected) {
                rejections.add(rejected.rejection());
            } else {
                for (UsageEvent event : ((TableReader.Outcome.Used<UsageEvent>) outcome).records()) {
                    int day = (int) event.date().toEpochDay();
                    SlowSeat seat = slowSeats.get(UsageEvent.key(event.tool(), event.user()));
                    if (seat == null) {                 // lines come in order: the first spelling stays
                        slowSeats.put(UsageEvent.key(event.tool(), event.user()),
                                new SlowSeat(event.user(), event.tool(), local, day));
                    } else if (day > seat.maxDay) {     // a later day; on the same day the earlier line stays
                        seat.maxDay = day;
                        seat.maxLine = local;
                    }
                }
            }
        }

        /**
         * The date of an ISO timestamp ({@code 2026-10-03}, {@code 2026-10-03T14:22:01Z},
         * {@code 2026-10-03 14:22:01.250+02:00}, {@code … UTC}) in the configured zone when it carries its
         * own zone, as written when it does not; MIN_VALUE for any other form (the general rules read it).
         */
        private int day(byte[] b, int s, int e) {
            if (e - s < 10 || b[s + 4] != '-' || b[s + 7] != '-') {
                return Integer.MIN_VALUE;
            }
            int epochDay;
            long datePrefix = (long) LONGS.get(b, s);                 // "2026-10-", the day in the next two
            short dayBytes = (short) ((b[s + 8] << 8) | (b[s + 9] & 0xFF));
            if (datePrefix == lastDatePrefix && dayBytes == lastDayBytes) {
                epochDay = lastEpochDay;                               // a log is in time order: the same day
            } else {
                int year = digits(b, s, 4);
                int month = two(b, s + 5);
                int dayOfMonth = two(b, s + 8);
                if (year < 0 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > monthLength(year, month)) {
                    return Integer.MIN_VALUE;
                }
                epochDay = epochDay(year, month, dayOfMonth);
                lastDatePrefix = datePrefix;
                lastDayBytes = dayBytes;
                lastEpochDay = epochDay;
            }
            int p = s + 10;
            if (p == e) {
                return epochDay;
            }
            byte sep = b[p];
            if (sep != 'T' && sep != 't' && sep != ' ') {
                return Integer.MIN_VALUE;
            }
            p++;
            if (e - p < 5 || b[p + 2] != ':') {
                return Integer.MIN_VALUE;
            }
            int hour = two(b, p);
            int minute = two(b, p + 3);
            int second = 0;
            p += 5;
            if (p < e && b[p] == ':') {
                if (e - p < 3) {
                    return Integer.MIN_VALUE;
                }
                second = two(b, p + 1);
                p += 3;
                if (p < e && (b[p] == '.' || b[p] == ',')) {
                    int q = p + 1;
                    while (q < e && b[q] >= '0' && b[q] <= '9') {
                        q++;
                    }
                    if (q == p + 1) {
                        return Integer.MIN_VALUE;
                    }
                    p = q;
                }
            }
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
                return Integer.MIN_VALUE;
            }
            while (p < e && b[p] == ' ') {
                p++;
            }
            if (p == e) {
                return epochDay;                        // no zone: the date as written
            }
            int offset;
            int rest = e - p;
            if (rest == 1 && (b[p] == 'Z' || b[p] == 'z')) {
                offset = 0;
            } else if (rest == 3 && (same(b, p, "UTC") || same(b, p, "GMT"))) {
                offset = 0;
            } else if (b[p] == '+' || b[p] == '-') {
                int sign = b[p] == '-' ? -1 : 1;
                int oh;
                int om = 0;
                if (rest == 3) {
                    oh = digits(b, p + 1, 2);
                } else if (rest == 5) {
                    oh = digits(b, p + 1, 2);
                    om = digits(b, p + 3, 2);
                } else if (rest == 6 && b[p + 3] == ':') {
                    oh = digits(b, p + 1, 2);
                    om = digits(b, p + 4, 2);
                } else {
                    return Integer.MIN_VALUE;
                }
                if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
                    return Integer.MIN_VALUE;
                }
                offset = sign * (oh * 3600 + om * 60);
            } else {
                return Integer.MIN_VALUE;
            }
            long instant = (long) epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset;
            return (int) Math.floorDiv(instant + zoneOffset(instant), 86_400);
        }

        /** The configured zone's offset at an instant, cached per quarter hour (transitions fall on them). */
        private int zoneOffset(long instant) {
            long bucket = Math.floorDiv(instant, 900);
            int slot = (int) (bucket & (offsetBuckets.length - 1));
            if (offsetBuckets[slot] == bucket) {
                return offsetSeconds[slot];
            }
            int atStart = zone.getOffset(Instant.ofEpochSecond(bucket * 900)).getTotalSeconds();
            int atEnd = zone.getOffset(Instant.ofEpochSecond(bucket * 900 + 899)).getTotalSeconds();
            if (atStart != atEnd) {
                return zone.getOffset(Instant.ofEpochSecond(instant)).getTotalSeconds();
            }
            offsetBuckets[slot] = bucket;
            offsetSeconds[slot] = atStart;
            return atStart;
        }

        private int epochDay(int year, int month, int day) {
            int index = year >= 1900 && year < 2156 ? ((year - 1900) * 12 + month - 1) * 31 + day - 1 : -1;
            if (index < 0) {
                return (int) LocalDate.of(year, month, day).toEpochDay();
            }
            int cached = epochDays[index];
            if (cached == 0) {
                cached = (int) LocalDate.of(year, month, day).toEpochDay();
                epochDays[index] = cached == 0 ? Integer.MIN_VALUE + 1 : cached;     // 1970-01-01 is day 0
                return cached;
            }
            return cached == Integer.MIN_VALUE + 1 ? 0 : cached;
        }
    }

    /**
     * One seat as the lines of a range that the general rules read give it: its first line and that line's
     * spelling, its latest day and the first line with that day (range-local lines). Folding it into the
     * table's seats is folding each of its lines: the result is the general reader's.
     */
    private static final class SlowSeat {
        final String user;
        final String tool;
        final long firstLine;
        int maxDay;
        long maxLine;

        SlowSeat(String user, String tool, long line, int day) {
            this.user = user;
            this.tool = tool;
            this.firstLine = line;
            this.maxDay = day;
            this.maxLine = line;
        }
    }

    /** The ranges' seats merged in file order: the general reader's seats, dates and source lines exactly. */
    private static Result merge(InputSource source, List<Range> ranges, long started) {
        long[] lineBase = new long[ranges.size()];
        long line = source.headerLine() + 1;
        long read = 0;
        for (int i = 0; i < ranges.size(); i++) {
            lineBase[i] = line;
            line += ranges.get(i).lines;
            read += ranges.get(i).lines;
        }
        Map<String, long[]> best = new HashMap<>();             // key → {first line, max day, line of max day}
        Map<String, String[]> spelling = new HashMap<>();        // key → {user, tool} of the first line
        List<Rejection> rejections = new ArrayList<>();
        Map<SkipReason, long[]> skips = new EnumMap<>(SkipReason.class);
        for (int r = 0; r < ranges.size(); r++) {
            Range range = ranges.get(r);
            long base = lineBase[r];
            for (int i = 0; i < range.seatCount; i++) {
                if (range.firstLine[i] < 0) {
                    continue;                           // only seen on lines the general rules read
                }
                String user = range.pairs.text(i, 0, range.userLength[i], range.charset);
                String tool = range.pairs.text(i, range.userLength[i] + 1, range.pairs.length(i), range.charset);
                fold(best, spelling, tool.toLowerCase(java.util.Locale.ROOT) + "\u0000"
                                + user.toLowerCase(java.util.Locale.ROOT), user, tool,
                        base + range.firstLine[i], range.maxDay[i], base + range.maxLine[i]);
            }
            for (Map.Entry<String, SlowSeat> entry : range.slowSeats.entrySet()) {
                SlowSeat seat = entry.getValue();
                fold(best, spelling, entry.getKey(), seat.user, seat.tool, base + seat.firstLine, seat.maxDay,
                        base + seat.maxLine);
            }
            for (Rejection rejection : range.rejections) {
                rejections.add(new Rejection(new SourceRef(source.path(), null, base + rejection.source().line()),
                        rejection.column(), rejection.value(), rejection.reason()));
            }
            range.skips.forEach((reason, count) -> skips.merge(reason, new long[]{count[0], base + count[1]},
                    (a, b) -> new long[]{a[0] + b[0], Math.min(a[1], b[1])}));
        }
        List<String> keys = new ArrayList<>(best.keySet());
        keys.sort(null);
        List<UsageRow> rows = new ArrayList<>(keys.size());
        for (String key : keys) {
            long[] b = best.get(key);
            String[] names = spelling.get(key);
            rows.add(new UsageRow(new SourceRef(source.path(), null, b[2]), names[0], names[1], null,
                    LocalDate.ofEpochDay(b[1]), true, false, null));
        }
        long skipped = skips.values().stream().mapToLong(c -> c[0]).sum();
        List<FileStats.Skip> skipList = new ArrayList<>();
        skips.forEach((reason, c) -> skipList.add(new FileStats.Skip(reason, c[0], c[1])));
        FileStats stats = new FileStats(read, read - rejections.size() - skipped, rejections.size(), skipList);
        return new Result(rows, stats, rejections, ranges.stream().noneMatch(range -> range.orderDependent),
                System.nanoTime() - started, false,
                ranges.stream().allMatch(range -> (range.bits & HIGHS) == 0),
                ranges.stream().mapToLong(range -> range.generalLines).sum());
    }

    private static void fold(Map<String, long[]> best, Map<String, String[]> spelling, String key, String user,
                             String tool, long firstLine, long day, long dayLine) {
        long[] was = best.get(key);
        if (was == null) {
            best.put(key, new long[]{firstLine, day, dayLine});
            spelling.put(key, new String[]{user, tool});
            return;
        }
        if (firstLine < was[0]) {
            was[0] = firstLine;
            spelling.put(key, new String[]{user, tool});
        }
        if (day > was[1] || (day == was[1] && dayLine < was[2])) {
            was[1] = day;
            was[2] = dayLine;
        }
    }

    // --- finding bytes eight at a time (SWAR): a byte equal to the pattern's becomes zero after XOR ---

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF = pattern((byte) '\n');
    private static final long QUOTE = pattern((byte) '"');
    private static final long CR = pattern((byte) '\r');

    static long pattern(byte c) {
        return ONES * (c & 0xFF);
    }

    /** High bit set in each byte of x that is zero: exact for the lowest one (little-endian: the first). */
    private static long zeros(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** All bytes of b[from, to) OR-ed together, eight at a time. */
    static long orOf(byte[] b, int from, int to) {
        long bits = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            bits |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            bits |= b[i];
        }
        return bits;
    }

    /** The index of the first byte equal to the pattern's in b[from, to), or {@code to}. */
    static int find(byte[] b, int from, int to, long pattern) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = zeros((long) LONGS.get(b, i) ^ pattern);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        byte c = (byte) pattern;
        for (; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return to;
    }

    /** The index of the first delimiter, quote or CR in b[from, to), or {@code to}. */
    static int find3(byte[] b, int from, int to, long delimiter) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(b, i);
            long found = zeros(word ^ delimiter) | zeros(word ^ QUOTE) | zeros(word ^ CR);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        byte d = (byte) delimiter;
        for (; i < to; i++) {
            byte c = b[i];
            if (c == d || c == '"' || c == '\r') {
                return i;
            }
        }
        return to;
    }

    private static final int[] MONTH_LENGTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static int monthLength(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : MONTH_LENGTH[month];
    }

    private static boolean space(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }

    /** Two ASCII digits as a number, or -1. */
    private static int two(byte[] b, int at) {
        int high = b[at] - '0';
        int low = b[at + 1] - '0';
        return (high | low) >= 0 && high <= 9 && low <= 9 ? high * 10 + low : -1;
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean same(byte[] b, int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if ((b[from + i] | 0x20) != (ascii.charAt(i) | 0x20)) {
                return false;
            }
        }
        return true;
    }
}
