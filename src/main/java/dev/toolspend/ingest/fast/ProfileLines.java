package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.table.ByteSearch;
import dev.toolspend.ingest.table.TextRow;
import dev.toolspend.ingest.value.FormatProfiler;

/**
 * A range of an event log read only to settle its timestamps' day/month order: a timestamp whose year comes
 * first never depends on it, so only the other lines are decoded and shown to the range's own profiler.
 */
final class ProfileLines extends EventLogLines {
    final FormatProfiler profiler;

    ProfileLines(InputSource source, FormatProfiler profiler, long from, long to) {
        super(source, from, to);
        this.profiler = profiler;
    }

    @Override
    boolean line(byte[] b, int s, int e, long local) {
        int field = 0;
        int fieldStart = s;
        int tsStart = -1;
        int tsEnd = -1;
        for (int i = s; ; i++) {
            i = ByteSearch.find3(b, i, e, delimiterPattern);
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
        profiler.observe(TextRow.of(local, text, parser));
        return true;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
