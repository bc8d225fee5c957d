package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.UsageRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranges of an event log put back together in file order: each seat keeps its first line's spelling and
 * its latest day (the first line with that day), rejections and skips get their file lines, and the counts
 * add up. The result is the general reader's to the row, whatever the number of ranges.
 */
final class FileOrderMerge {

    private FileOrderMerge() {
    }

    /** The ranges' seats merged in file order: the general reader's seats, dates and source lines exactly. */
    static FastEventLog.Result merge(InputSource source, List<EventLines> ranges, long started) {
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
            EventLines range = ranges.get(r);
            long base = lineBase[r];
            for (int i = 0; i < range.seatCount; i++) {
                if (range.firstLine[i] < 0) {
                    continue;                           // only seen on lines the general rules read
                }
                String user = range.pairs.text(i, 0, range.userLength[i], range.charset);
                String tool = range.pairs.text(i, range.userLength[i] + 1, range.pairs.length(i), range.charset);
                fold(best, spelling, tool.toLowerCase(Locale.ROOT) + "\u0000"
                                + user.toLowerCase(Locale.ROOT), user, tool,
                        base + range.firstLine[i], range.maxDay[i], base + range.maxLine[i]);
            }
            for (Map.Entry<String, EventLines.SlowSeat> entry : range.slowSeats.entrySet()) {
                EventLines.SlowSeat seat = entry.getValue();
                fold(best, spelling, entry.getKey(), seat.user, seat.tool, base + seat.firstLine, seat.maxDay,
                        base + seat.maxLine);
            }
            for (Rejection rejection : range.rejections) {
                rejections.add(new Rejection(new SourceRef(source.path(), null, base + rejection.source().line()),
                        rejection.column(), rejection.field(), rejection.value(), rejection.reason(), rejection.stake()));
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
        return new FastEventLog.Result(rows, stats, rejections, ranges.stream().noneMatch(range -> range.orderDependent),
                System.nanoTime() - started, false,
                ranges.stream().allMatch(LineRange::ascii),
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
}
