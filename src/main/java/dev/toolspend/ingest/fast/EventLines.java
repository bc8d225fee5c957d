package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.header.HeaderMatch;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.mapper.UsageEvent;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.TrailerRows;
import dev.toolspend.ingest.table.ByteSearch;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.table.TextRow;
import dev.toolspend.ingest.value.Dates;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.toolspend.ingest.header.Field.*;

/**
 * The event-line parser: one range of a plain event log read by one thread, each line split on its delimiter
 * as bytes and folded into (user, app) → latest day. Lines are numbered within the range (the merge makes them
 * file lines). A line it does not read as a plain event goes through the general rules
 * ({@link TableReader#classify}) and is folded into {@link #slowSeats} as it is read.
 */
final class EventLines extends EventLogLines {
    final InputSource source;
    final Values values;
    final int columns;
    final int userColumn;
    final int toolColumn;
    final IsoDays days;
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
    boolean orderDependent;
    RowMapper<UsageEvent> slowMapper = Mappers.events();

    EventLines(InputSource source, Values values, long from, long to) {
        super(source, from, to);
        this.source = source;
        this.values = values;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        HeaderMatch header = source.header();
        this.columns = header.header().size();
        this.userColumn = header.has(USER) ? header.index(USER) : header.index(LOGIN);
        this.toolColumn = header.index(TOOL);
        this.days = new IsoDays(values.settings().zone().getRules());
        this.starts = new int[columns + 1];
        this.ends = new int[columns + 1];
    }

    @Override
    boolean line(byte[] b, int s, int e, long local) {
        int field = 0;
        starts[0] = s;
        for (int i = ByteSearch.find3(b, s, e, delimiterPattern); i < e; i = ByteSearch.find3(b, i + 1, e, delimiterPattern)) {
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
        int day = days.day(b, starts[tsColumn], ends[tsColumn]);
        if (day == IsoDays.NOT_ISO) {
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
        TableRow row = TextRow.of(local, text, parser);
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
     * One seat as the lines of a range that the general rules read give it: its first line and that line's
     * spelling, its latest day and the first line with that day (range-local lines). Folding it into the
     * table's seats is folding each of its lines: the result is the general reader's.
     */
    static final class SlowSeat {
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
}
