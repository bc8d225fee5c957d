package dev.toolspend.job.staging;

import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seat holders of one table as staged text: one line per holder, tab-separated fields (tool id, tool
 * name, user key, user, last activity as an epoch day, flags, assignment day, source line), backslash
 * escapes for tabs, line breaks, backslashes and U+0000 (which PostgreSQL's text cannot hold). The file and
 * sheet are the table's, staged beside it.
 */
final class SeatText {

    private SeatText() {
    }

    /** Longest staged tool id, tool name and user (key and spelling): the staging columns' sizes before packing. */
    static final int TOOL_ID = 255;
    static final int TOOL_NAME = 1000;
    static final int USER = 512;

    static String encode(List<SeatHolder> holders) {
        StringBuilder out = new StringBuilder(holders.size() * 96);
        holders.forEach(h -> encode(out, h));
        return out.toString();
    }

    /** One holder's line, its fields clipped ({@link #clipped}): at most a few thousand characters. */
    static void encode(StringBuilder out, SeatHolder holder) {
        SeatHolder h = clipped(holder);
        text(out, h.toolId()).append('\t');
        text(out, h.toolName()).append('\t');
        text(out, h.userKey()).append('\t');
        text(out, h.user()).append('\t');
        day(out, h.lastActive()).append('\t');
        out.append(h.activityKnown() ? 'a' : '-').append(h.departed() ? 'd' : '-').append('\t');
        day(out, h.assignedOn()).append('\t');
        out.append(h.source().line()).append('\n');
    }

    /** The holder as staged: names longer than the staging allows end with an ellipsis. */
    static SeatHolder clipped(SeatHolder h) {
        if (h.toolId().length() <= TOOL_ID && h.toolName().length() <= TOOL_NAME && h.userKey().length() <= USER
                && h.user().length() <= USER) {
            return h;
        }
        return new SeatHolder(clip(h.toolId(), TOOL_ID), clip(h.toolName(), TOOL_NAME), clip(h.userKey(), USER),
                clip(h.user(), USER), h.lastActive(), h.activityKnown(), h.departed(), h.assignedOn(), h.source());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * The holders of one staged part. A table's holders are staged sorted by tool, and most users are written
     * as their key: a field equal to the one before it (or to the key) reuses that string instead of a copy.
     */
    static List<SeatHolder> decode(String text, String path, String sheet) {
        List<SeatHolder> holders = new ArrayList<>();
        int[] bounds = new int[9];
        String toolId = "";
        String toolName = "";
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int field = 0;
            bounds[0] = start;
            for (int i = start; i < end && field < 7; i++) {
                if (text.charAt(i) == '\t') {
                    bounds[++field] = i + 1;
                }
            }
            bounds[8] = end + 1;
            toolId = same(text, bounds, 0, toolId) ? toolId : unescape(field(text, bounds, 0));
            toolName = same(text, bounds, 1, toolName) ? toolName : unescape(field(text, bounds, 1));
            String userKey = unescape(field(text, bounds, 2));
            String user = same(text, bounds, 3, userKey) ? userKey : unescape(field(text, bounds, 3));
            int flags = bounds[5];
            holders.add(new SeatHolder(toolId, toolName, userKey, user, day(text, bounds, 4),
                    text.charAt(flags) == 'a', text.charAt(flags + 1) == 'd', day(text, bounds, 6),
                    new SourceRef(path, sheet, Long.parseLong(text, bounds[7], bounds[8] - 1, 10))));
            start = end + 1;
        }
        return holders;
    }

    private static String field(String text, int[] bounds, int field) {
        return text.substring(bounds[field], bounds[field + 1] - 1);
    }

    /** Whether the field is exactly {@code known} (as written: without escapes). */
    private static boolean same(String text, int[] bounds, int field, String known) {
        int length = bounds[field + 1] - 1 - bounds[field];
        return length == known.length() && text.regionMatches(bounds[field], known, 0, length)
                && known.indexOf('\\') < 0 && known.indexOf('\t') < 0 && known.indexOf('\n') < 0
                && known.indexOf('\r') < 0 && known.indexOf('\0') < 0;
    }

    private static LocalDate day(String text, int[] bounds, int field) {
        int from = bounds[field];
        int to = bounds[field + 1] - 1;
        return to - from == 1 && text.charAt(from) == '-' ? null
                : LocalDate.ofEpochDay(Long.parseLong(text, from, to, 10));
    }

    private static StringBuilder text(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static StringBuilder day(StringBuilder out, LocalDate date) {
        return date == null ? out.append('-') : out.append(date.toEpochDay());
    }

}
