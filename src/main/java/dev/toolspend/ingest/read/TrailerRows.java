package dev.toolspend.ingest.read;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.table.TableRow;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "Total" lines exports end with (and the subtotals some put between sections). Such a row
 * starts with a total word; it is skipped when that word is all its first cell says, or when the row
 * could not be read as data anyway ("Total for October", with no date).
 */
public final class TrailerRows {

    private static final Set<String> EXACT = Set.of("total", "totals", "grand total", "sub total", "subtotal",
            "sous total", "total general", "totaux", "somme", "sum", "end of report", "fin du rapport");
    private static final Pattern LOOSE = Pattern.compile(
            "(total|totals|grand total|sub total|subtotal|sous total|total general|totaux)( .*)?");

    private TrailerRows() {
    }

    /** The first cell is a total word and nothing more: never data. */
    public static boolean certain(TableRow row) {
        String first = firstCell(row);
        return first != null && EXACT.contains(first);
    }

    /** Whether a cell says only a total word. */
    public static boolean totalWord(String cell) {
        return EXACT.contains(HeaderSchema.normalise(cell));
    }

    /** The first cell starts with a total word: a trailer if the row is not data. */
    public static boolean likely(TableRow row) {
        String first = firstCell(row);
        return first != null && LOOSE.matcher(first).matches();
    }

    /** The first non-empty cell, normalised; null when there is none or it starts with a digit (a date, an amount). */
    private static String firstCell(TableRow row) {
        for (int i = 0; i < row.size(); i++) {
            String text = row.text(i);
            if (!text.isEmpty()) {
                char first = text.charAt(0);
                return first >= '0' && first <= '9' ? null : HeaderSchema.normalise(text);
            }
        }
        return null;
    }
}
