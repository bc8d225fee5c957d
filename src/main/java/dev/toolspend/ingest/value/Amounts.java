package dev.toolspend.ingest.value;

import dev.toolspend.model.Message;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Amounts as exports write them: {@code 1 234,56 $} (ASCII, no-break or narrow no-break space),
 * {@code $1,234.56}, {@code 1.234,56 €}, {@code (45.00)}, {@code -45}, {@code 45-},
 * {@code "$10,100.00 "}, {@code CA$ 12}, {@code 12 $ CA}, {@code USD 12.00}. Which of {@code .} and
 * {@code ,} separates the decimals is decided per column ({@link FormatProfiler}); this class only
 * applies the decision, strictly: digits grouped any other way are rejected, never guessed.
 */
public final class Amounts {

    /** Amounts are kept exactly; beyond these they are typing or export errors, not money. */
    static final int MAX_DECIMALS = 8;
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000000000");

    /** A parsed amount and the currency its sign names: an ISO code, {@link #DOLLAR} for a bare $, or null. */
    public record Parsed(BigDecimal value, String currency) {
    }

    /** A bare {@code $}: a dollar, but which one the amount does not say. */
    public static final String DOLLAR = "$";

    private static final Pattern CORE = Pattern.compile("[.,]?\\d[\\d .,']*\\d|[.,]?\\d");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Map<String, String> SIGNS = Map.ofEntries(
            Map.entry("$", DOLLAR),
            Map.entry("CA$", "CAD"), Map.entry("C$", "CAD"), Map.entry("$CA", "CAD"), Map.entry("CAD$", "CAD"),
            Map.entry("$CAD", "CAD"),
            Map.entry("US$", "USD"), Map.entry("U$S", "USD"), Map.entry("$US", "USD"), Map.entry("USD$", "USD"),
            Map.entry("$USD", "USD"),
            Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("NZ$", "NZD"), Map.entry("HK$", "HKD"),
            Map.entry("S$", "SGD"), Map.entry("MX$", "MXN"),
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"),
            Map.entry("FR", "CHF"), Map.entry("CHF", "CHF"));

    private Amounts() {
    }

    /** Reads an amount whose decimals are separated by {@code mark}. */
    public static Parsed parse(String text, DecimalMark mark) throws ValueException {
        Parts parts = split(text);
        if (parts == null) {
            throw new ValueException(Message.of("value.notAnAmount"));
        }
        BigDecimal value = number(parts.core, mark);
        return new Parsed(parts.negative ? value.negate() : value, parts.currency);
    }

    /**
     * What one value says about its column's decimal mark: {@code 1 234,56} and {@code 12,5} say comma,
     * {@code 1,234.56} and {@code 12.50} say point; {@code 1,234}, {@code 1.234} and {@code 45} say
     * nothing. Null when the value tells nothing (or is not an amount).
     */
    public static DecimalMark evidence(String text) {
        Parts parts;
        try {
            parts = split(text);
        } catch (ValueException e) {
            return null;
        }
        if (parts == null) {
            return null;
        }
        String core = parts.core;
        int lastPoint = core.lastIndexOf('.');
        int lastComma = core.lastIndexOf(',');
        if (lastPoint >= 0 && lastComma >= 0) {
            return lastComma > lastPoint ? DecimalMark.COMMA : DecimalMark.POINT;
        }
        if (lastPoint < 0 && lastComma < 0) {
            return null;
        }
        char mark = lastPoint >= 0 ? '.' : ',';
        int last = Math.max(lastPoint, lastComma);
        if (core.indexOf(mark) != last) {
            // two of the same mark: it groups thousands, so the other one is the decimal mark
            return mark == '.' ? DecimalMark.COMMA : DecimalMark.POINT;
        }
        String after = core.substring(last + 1);
        if (after.length() == 3 && digitsOnly(after) && last > 0) {
            return null;   // 1,234 or 1.234: thousands or decimals, the value cannot say
        }
        return mark == '.' ? DecimalMark.POINT : DecimalMark.COMMA;
    }

    private record Parts(String core, boolean negative, String currency) {
    }

    /** Splits a text into its digits, its sign and its currency; null when it holds no digit. */
    private static Parts split(String text) throws ValueException {
        Parts plain = plain(text);
        if (plain != null) {
            return plain;
        }
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace('\u2007', ' ')
                .replace('\u2212', '-').strip();
        var core = CORE.matcher(s);
        if (!core.find()) {
            return null;
        }
        int start = core.start();
        int end = core.end();
        if (core.find()) {
            throw new ValueException(Message.of("value.amountTwoNumbers"));
        }
        String before = s.substring(0, start);
        String after = s.substring(end);
        boolean negative = false;
        int open = before.indexOf('(');
        if (open >= 0) {
            if (!after.contains(")") || before.indexOf('(', open + 1) >= 0) {
                throw new ValueException(Message.of("value.amountParenthesis"));
            }
            negative = true;
            before = before.replace("(", "");
            after = after.replaceFirst("\\)", "");
        } else if (after.contains(")")) {
            throw new ValueException(Message.of("value.amountParenthesis"));
        }
        int minus = count(before, '-') + count(after, '-');
        if (minus > 1 || (negative && minus > 0)) {
            throw new ValueException(Message.of("value.amountMinus"));
        }
        if (minus == 1) {
            if (after.contains("-") && !after.strip().startsWith("-") && !after.strip().endsWith("-")) {
                throw new ValueException(Message.of("value.notAnAmount"));
            }
            negative = true;
        }
        before = before.replace("-", "").replace("+", "");
        after = after.replace("-", "");
        String sign = (before + after).replace(" ", "").toUpperCase(Locale.ROOT);
        return new Parts(s.substring(start, end), negative, currency(sign));
    }

    /**
     * {@code 30.00}, {@code -45}, {@code 1234.5}: digits, at most one point, maybe a leading minus — what
     * most machine exports write — split without the general rules (which give the same parts).
     */
    private static Parts plain(String text) {
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (start == n || n > 40) {
            return null;
        }
        int point = -1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > start && i < n - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        return new Parts(start == 0 ? text : text.substring(1), start == 1, null);
    }

    private static String currency(String sign) throws ValueException {
        if (sign.isEmpty()) {
            return null;
        }
        String known = SIGNS.get(sign);
        if (known != null) {
            return known;
        }
        if (CODE.matcher(sign).matches()) {
            return sign;
        }
        throw new ValueException(Message.of("value.amountSign", sign));
    }

    private static BigDecimal number(String core, DecimalMark mark) throws ValueException {
        char decimal = mark.symbol();
        int at = core.lastIndexOf(decimal);
        if (at >= 0 && core.indexOf(decimal) != at) {
            throw wrongForm(mark);
        }
        String units = at < 0 ? core : core.substring(0, at);
        String decimals = at < 0 ? "" : core.substring(at + 1);
        if (at >= 0 && !digitsOnly(decimals)) {
            throw wrongForm(mark);
        }
        if (units.isEmpty()) {
            units = "0";     // .5
        }
        // groups of digits between a space, an apostrophe or the grouping mark: the first of 1 to 3 digits,
        // the others of 3 (one group alone may be of any length)
        char grouping = mark.grouping();
        int groups = 1;
        for (int i = 0; i < units.length(); i++) {
            if (separates(units.charAt(i), grouping)) {
                groups++;
            }
        }
        StringBuilder digits = new StringBuilder(units.length() + decimals.length() + 1);
        int start = 0;
        int index = 0;
        for (int i = 0; i <= units.length(); i++) {
            if (i == units.length() || separates(units.charAt(i), grouping)) {
                String group = units.substring(start, i).strip();
                boolean ok = digitsOnly(group)
                        && (groups == 1 || (index == 0 ? group.length() <= 3 : group.length() == 3));
                if (!ok) {
                    throw wrongForm(mark);
                }
                digits.append(group);
                start = i + 1;
                index++;
            }
        }
        if (!decimals.isEmpty()) {
            digits.append('.').append(decimals);
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (value.scale() > MAX_DECIMALS || value.compareTo(LARGEST_AMOUNT) > 0) {
            throw new ValueException(Message.of("value.implausibleAmount", (long) MAX_DECIMALS));
        }
        return value;
    }

    private static boolean separates(char c, char grouping) {
        return c == ' ' || c == '\'' || c == grouping;
    }

    /** One or more ASCII digits (what \\d+ matches). */
    private static boolean digitsOnly(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static ValueException wrongForm(DecimalMark mark) {
        return new ValueException(Message.of(mark == DecimalMark.POINT ? "value.notPointAmount" : "value.notCommaAmount"));
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
