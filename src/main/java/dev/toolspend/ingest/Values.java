package dev.toolspend.ingest;

import dev.toolspend.model.BillingCycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses cell texts into values, strictly: a value that could be read two ways is rejected with a
 * reason rather than guessed.
 */
public final class Values {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");
    private static final DateTimeFormatter LOCAL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");
    private static final Set<String> TRUE = Set.of("yes", "y", "true", "x", "1", "oui", "o", "vrai");
    private static final Set<String> FALSE = Set.of("no", "n", "false", "0", "non", "faux");

    /** Amounts are kept exactly; beyond these they are typing or export errors, not money. */
    static final int MAX_DECIMALS = 8;
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000000000");

    private final ZoneId zone;

    /** @param zone the time zone event timestamps are converted to before their date is taken */
    public Values(ZoneId zone) {
        this.zone = zone;
    }

    /** {@code 1234.56}, {@code -45.00}, {@code 1,234.56}, {@code (45.00)}, {@code $12.00}. */
    public BigDecimal amount(String text) throws ValueException {
        String s = text.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace("$", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (GROUPED_NUMBER.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            throw new ValueException("not an amount (expected digits with a dot for decimals, e.g. 1234.56)");
        }
        BigDecimal value = new BigDecimal(s);
        if (value.scale() > MAX_DECIMALS || value.compareTo(LARGEST_AMOUNT) > 0) {
            throw new ValueException("not a plausible amount (more than " + MAX_DECIMALS
                    + " decimals or above a trillion)");
        }
        return negative ? value.negate() : value;
    }

    /** An ISO date ({@code 2026-10-03}) or an ISO timestamp, converted to the configured zone. */
    public LocalDate date(String text) throws ValueException {
        String s = text.trim();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException ignored) {
            // not a plain date: try the timestamp forms
        }
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return ZonedDateTime.parse(s).withZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // no zone id
        }
        try {
            return LocalDateTime.parse(s, LOCAL_TIMESTAMP).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ValueException("not a date (expected yyyy-MM-dd)");
        }
    }

    public static boolean bool(String text) throws ValueException {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(s)) {
            return true;
        }
        if (FALSE.contains(s)) {
            return false;
        }
        throw new ValueException("expected yes or no");
    }

    public static BillingCycle cycle(String text) throws ValueException {
        String s = HeaderSchema.normalise(text);
        return switch (s) {
            case "monthly", "month", "per month", "mensuel", "mensuelle", "par mois", "mois", "m" -> BillingCycle.MONTHLY;
            case "annual", "annually", "yearly", "year", "per year", "annuel", "annuelle", "par annee", "par an", "an",
                 "annee", "y" -> BillingCycle.ANNUAL;
            default -> throw new ValueException("billing cycle must be Monthly or Annual");
        };
    }

    public static String currency(String text) throws ValueException {
        String s = text.trim();
        if (!CURRENCY_CODE.matcher(s).matches()) {
            throw new ValueException("currency must be a three-letter code such as CAD or USD");
        }
        return s.toUpperCase(Locale.ROOT);
    }
}
