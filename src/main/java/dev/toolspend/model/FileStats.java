package dev.toolspend.model;

import java.util.List;

/**
 * Row counts of one input table: every row after the header is read, and is used, rejected, or
 * deliberately skipped for a reason (blank, trailer, a payment to the card…):
 * {@code read = used + rejected + skipped}.
 *
 * @param skips the skipped rows by reason, in reason order
 */
public record FileStats(long read, long used, long rejected, List<Skip> skips) {

    /** Rows skipped for one reason, with the line of the first one. */
    public record Skip(SkipReason reason, long count, long firstLine) {
    }

    public FileStats {
        skips = List.copyOf(skips);
    }

    public static final FileStats NONE = new FileStats(0, 0, 0, List.of());

    public long skipped() {
        return skips.stream().mapToLong(Skip::count).sum();
    }

    /** The same, with rows that were read and then found unusable (a currency without an FX rate) as rejected. */
    public FileStats rejectingAfterRead(long rows) {
        return rows == 0 ? this : new FileStats(read, used - rows, rejected + rows, skips);
    }

    /** Whether no row is unaccounted for. */
    public boolean balanced() {
        return read == used + rejected + skipped();
    }

    /** {@code BLANK:2:5;CARD_PAYMENT:1:14} — reason, count, first line — for the staging tables. */
    public String encodeSkips() {
        StringBuilder out = new StringBuilder();
        for (Skip skip : skips) {
            out.append(out.isEmpty() ? "" : ";").append(skip.reason()).append(':').append(skip.count()).append(':')
                    .append(skip.firstLine());
        }
        return out.toString();
    }

    public static List<Skip> decodeSkips(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(";", -1)).map(part -> {
            String[] f = part.split(":", -1);
            return new Skip(SkipReason.valueOf(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
        }).toList();
    }
}
