package dev.toolspend.ingest.value;

import dev.toolspend.ingest.table.SheetTable;
import dev.toolspend.model.Message;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Dates as exports write them: ISO dates and timestamps (with an offset, a zone or {@code UTC}),
 * {@code 2026/10/03}, {@code 03/10/2026} and {@code 10/03/2026} (order decided per column, see
 * {@link FormatProfiler}), {@code 10/3/26}, {@code 3 oct. 2026}, {@code 1er octobre 2026},
 * {@code Oct 3, 2026}, {@code 03-Oct-2026}, and Excel serial numbers (1900 system; a workbook's own
 * date cells are read by {@link SheetTable} in the workbook's system). A time with a zone is converted
 * to the configured zone before the date is taken; a time without one is the local date as written.
 */
public final class Dates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:(?:t|\\s+|,\\s*)(.+))?");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:(?:t|\\s+|,\\s*)(.+))?");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(\\d{1,2})(?:er|st|nd|rd|th)?[\\s.-]*([a-z]{3,9})\\.?[\\s.,-]*(\\d{4}|\\d{2})(?:(?:\\s+|,\\s*|\\s+a\\s+|\\s+at\\s+)(.+))?");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "([a-z]{3,9})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:(?:\\s+|,\\s*|\\s+at\\s+)(.+))?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\.?,?\\s+(.*)");
    private static final Pattern SERIAL = Pattern.compile("\\d{5,7}(?:\\.\\d+)?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(.*)");
    private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)?\\s*([+-]\\d{1,2}(?::?\\d{2})?)");
    private static final LocalDate EXCEL_EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("jan", 1), entry("janv", 1), entry("january", 1), entry("janvier", 1),
            entry("feb", 2), entry("fev", 2), entry("fevr", 2), entry("february", 2), entry("fevrier", 2),
            entry("mar", 3), entry("mars", 3), entry("march", 3),
            entry("apr", 4), entry("avr", 4), entry("april", 4), entry("avril", 4),
            entry("may", 5), entry("mai", 5),
            entry("jun", 6), entry("june", 6), entry("juin", 6),
            entry("jul", 7), entry("juil", 7), entry("juill", 7), entry("july", 7), entry("juillet", 7),
            entry("aug", 8), entry("aou", 8), entry("aout", 8), entry("august", 8),
            entry("sep", 9), entry("sept", 9), entry("september", 9), entry("septembre", 9),
            entry("oct", 10), entry("october", 10), entry("octobre", 10),
            entry("nov", 11), entry("november", 11), entry("novembre", 11),
            entry("dec", 12), entry("december", 12), entry("decembre", 12));

    private Dates() {
    }

    /**
     * Reads a date; {@code order} settles {@code 03/10/2026}-like values. A timestamp with its own zone
     * is converted to {@code zone} first (null: its date as written).
     */
    public static LocalDate parse(String text, DateOrder order, ZoneId zone) throws ValueException {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {     // 2026-10-03, the general rules' first form
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new ValueException(Message.of("value.invalidDate"));
                }
            }
        }
        String s = plain(text);
        try {
            return parsePlain(s, order, zone);
        } catch (ValueException e) {
            Matcher weekday = WEEKDAY.matcher(s);
            if (weekday.matches()) {
                return parsePlain(weekday.group(1), order, zone);    // "Tue, Oct 3, 2026", "mardi 3 octobre 2026"
            }
            throw e;
        }
    }

    private static LocalDate parsePlain(String s, DateOrder order, ZoneId zone) throws ValueException {
        Matcher m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return at(date(m.group(1), m.group(3), m.group(4)), m.group(5), zone);
        }
        m = YEAR_LAST.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String year = m.group(4);
            LocalDate date = order == DateOrder.DMY ? date(year, b, a, order) : date(year, a, b, order);
            return at(date, m.group(5), zone);
        }
        m = DAY_MONTH_NAME.matcher(s);
        if (m.matches() && MONTHS.containsKey(m.group(2))) {
            return at(date(m.group(3), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)), null), m.group(4), zone);
        }
        m = MONTH_NAME_DAY.matcher(s);
        if (m.matches() && MONTHS.containsKey(m.group(1))) {
            return at(date(m.group(3), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)), null), m.group(4), zone);
        }
        if (SERIAL.matcher(s).matches()) {
            return excelSerial(new BigDecimal(s), false);
        }
        throw new ValueException(Message.of("value.notADate"));
    }

    /** The ASCII digits text[from, to) as a number, or -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    /**
     * What one value says about its column's day/month order: {@code 13/10/2026} says day first,
     * {@code 10/13/2026} month first; null when it cannot tell (both parts ≤ 12, or another form).
     */
    public static DateOrder evidence(String text) {
        Matcher m = YEAR_LAST.matcher(plain(text));
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (a > 12 && b <= 12) {
            return DateOrder.DMY;
        }
        if (b > 12 && a <= 12) {
            return DateOrder.MDY;
        }
        return null;
    }

    /** Whether the value's day/month order matters: a numeric date with the year last. */
    public static boolean orderDependent(String text) {
        if (text.length() >= 10 && text.charAt(4) == '-' && digits(text, 0, 4) >= 0) {
            return false;                               // year first (2026-10-03…): never order-dependent
        }
        return YEAR_LAST.matcher(plain(text)).matches();
    }

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("([a-z]{3,9})\\.?\\s*(\\d{4})");

    /**
     * A month as files write it: {@code 2026-10}, {@code 10/2026}, {@code octobre 2026}, {@code Oct. 2026}, or a
     * date's month ({@code 2026-10-01}).
     */
    public static YearMonth month(String text) throws ValueException {
        String s = plain(text);
        Matcher m = YEAR_MONTH.matcher(s);
        if (m.matches()) {
            return yearMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return yearMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = NAMED_MONTH.matcher(s);
        if (m.matches() && MONTHS.containsKey(m.group(1))) {
            return yearMonth(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)));
        }
        try {
            return YearMonth.from(parse(text, DateOrder.MDY, null));
        } catch (ValueException e) {
            throw new ValueException(Message.of("value.notAMonth"));
        }
    }

    private static YearMonth yearMonth(int year, int month) throws ValueException {
        if (month < 1 || month > 12) {
            throw new ValueException(Message.of("value.notAMonth"));
        }
        return YearMonth.of(year, month);
    }

    /** An Excel serial date: days since 1899-12-30 (1900 system) or 1904-01-01 (1904 system). */
    public static LocalDate excelSerial(BigDecimal serial, boolean system1904) throws ValueException {
        long days = serial.longValue();
        if (days < 1 || days > 2_958_465) {
            throw new ValueException(Message.of("value.excelSerialRange"));
        }
        return system1904 ? LocalDate.of(1904, 1, 1).plusDays(days) : EXCEL_EPOCH_1900.plusDays(days);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETED_ZONE = Pattern.compile("\\[.*]$");

    /** Lower case, accents off, runs of white space as one space (plain ASCII without a regex: most dates). */
    private static String plain(String text) {
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= 0x80) {
                String s = MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("");
                return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                space = false;
            }
        }
        return out.toString();
    }

    private static LocalDate date(String year, String month, String day) throws ValueException {
        return date(year, Integer.parseInt(month), Integer.parseInt(day), null);
    }

    private static LocalDate date(String year, int month, int day, DateOrder order) throws ValueException {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += 2000;
        }
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            throw new ValueException(Message.of(order == null ? "value.invalidDate"
                    : order == DateOrder.DMY ? "value.invalidDateDmy" : "value.invalidDateMdy"));
        }
    }

    /** The date of a timestamp: converted to {@code zone} when the time carries its own zone or offset. */
    private static LocalDate at(LocalDate date, String time, ZoneId zone) throws ValueException {
        if (time == null || time.isBlank()) {
            return date;
        }
        Matcher m = TIME.matcher(time.strip());
        if (!m.matches()) {
            throw new ValueException(Message.of("value.unreadableTime", time.strip()));
        }
        int hour = Integer.parseInt(m.group(1));
        String half = m.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new ValueException(Message.of("value.hourWithHalf", hour, half));
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        LocalTime clock;
        try {
            clock = LocalTime.of(hour, Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new ValueException(Message.of("value.invalidTime", time.strip()));
        }
        ZoneId own = zoneOf(m.group(5).strip());
        return own == null || zone == null ? date
                : ZonedDateTime.of(date, clock, own).withZoneSameInstant(zone).toLocalDate();
    }

    private static ZoneId zoneOf(String text) throws ValueException {
        String z = BRACKETED_ZONE.matcher(text).replaceAll("").strip();
        String bracket = text.contains("[") ? text.substring(text.indexOf('[') + 1, text.lastIndexOf(']')) : null;
        if (z.isEmpty()) {
            return bracket == null ? null : zoneId(bracket, text);
        }
        if (z.equals("z") || z.equals("utc") || z.equals("gmt") || z.equals("ut")) {
            return ZoneOffset.UTC;
        }
        Matcher offset = OFFSET.matcher(z);
        if (offset.matches()) {
            String o = offset.group(1);
            if (o.matches("[+-]\\d")) {
                o = o.charAt(0) + "0" + o.charAt(1);
            }
            try {
                return ZoneOffset.of(o);
            } catch (DateTimeException e) {
                throw new ValueException(Message.of("value.invalidOffset", text));
            }
        }
        return zoneId(z, text);
    }

    private static ZoneId zoneId(String id, String text) throws ValueException {
        for (String candidate : ZoneId.getAvailableZoneIds()) {
            if (candidate.equalsIgnoreCase(id)) {
                return ZoneId.of(candidate);
            }
        }
        throw new ValueException(Message.of("value.unknownZone", text));
    }
}
