package dev.toolspend.report;

/**
 * Text from inputs must never become a formula or a live link in a spreadsheet: a value starting
 * with one of these characters is written as quote-prefixed text (Excel) or prefixed with an
 * apostrophe (CSV).
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean needsQuoting(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }

    /** The text made inert for CSV outputs. */
    public static String forCsv(String text) {
        return needsQuoting(text) ? "'" + text : text;
    }
}
