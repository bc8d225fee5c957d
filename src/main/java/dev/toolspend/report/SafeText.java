package dev.toolspend.report;

import java.util.Locale;

/**
 * Text from inputs must never become a formula or a live link in a spreadsheet: a value starting
 * with one of these characters is written as quote-prefixed text (Excel) or prefixed with an
 * apostrophe (CSV). Nor may it act on a terminal or a log: on the console its control characters are
 * shown as escapes ({@link #forConsole}).
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

    /**
     * The text as one inert line for a console or a log: every control character (C0, DEL, C1) and every bidi
     * embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) is shown as an escape: {@code \n}, {@code \r},
     * {@code \t}, else a backslash, {@code u} and four hex digits (ESC is {@code u001b}). So a file name cannot start a
     * line of its own, colour the terminal or reverse what follows. Everything else, backslashes included, is as it
     * was.
     */
    public static String forConsole(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!actsOnDisplay(c)) {
                if (shown != null) {
                    shown.append(c);
                }
                continue;
            }
            if (shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return shown == null ? text : shown.toString();
    }

    private static boolean actsOnDisplay(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
