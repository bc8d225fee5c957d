package dev.toolspend.ingest.value;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * Parses cell texts into values, strictly: a value that could be read two ways is rejected with a
 * reason rather than guessed. Amount and date forms are in {@link Amounts} and {@link Dates}; the
 * decimal mark and day/month order of each column are settled beforehand ({@link FormatProfiler}),
 * and the configured ones ({@link IngestSettings}) apply where a column could not settle them.
 */
public final class Values {

    private static final Set<String> TRUE = Set.of("yes", "y", "true", "x", "1", "oui", "o", "vrai");
    private static final Set<String> FALSE = Set.of("no", "n", "false", "0", "non", "faux");

    private final IngestSettings settings;

    /** @param zone the time zone event timestamps are converted to before their date is taken */
    public Values(ZoneId zone) {
        this(IngestSettings.defaults(zone));
    }

    public Values(IngestSettings settings) {
        this.settings = settings;
    }

    public IngestSettings settings() {
        return settings;
    }

    /** An amount with the configured decimal mark: {@code 1234.56}, {@code 1,234.56}, {@code (45.00)}, {@code $12.00}. */
    public BigDecimal amount(String text) throws ValueException {
        return amount(text, settings.decimalMark());
    }

    public BigDecimal amount(String text, DecimalMark mark) throws ValueException {
        return Amounts.parse(text, mark).value();
    }

    /** An amount and the currency its sign names, if any. */
    public Amounts.Parsed money(String text, DecimalMark mark) throws ValueException {
        return Amounts.parse(text, mark);
    }

    /** A date with the configured day/month order. */
    public LocalDate date(String text) throws ValueException {
        return date(text, settings.dateOrder());
    }

    public LocalDate date(String text, DateOrder order) throws ValueException {
        return Dates.parse(text, order, settings.zone());
    }

    /** A date as a timestamp's own zone writes it, never converted (FOCUS periods are UTC days). */
    public LocalDate dateAsWritten(String text, DateOrder order) throws ValueException {
        return Dates.parse(text, order, null);
    }

    public static boolean bool(String text) throws ValueException {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(s)) {
            return true;
        }
        if (FALSE.contains(s)) {
            return false;
        }
        throw new ValueException(Message.of("value.notYesNo"));
    }

    public static BillingCycle cycle(String text) throws ValueException {
        String s = HeaderSchema.normalise(text);
        return switch (s) {
            case "monthly", "month", "months", "per month", "a month", "each month", "every month", "mo", "m", "1 month",
                 "month to month", "mensuel", "mensuelle", "mensuellement", "par mois", "mois", "chaque mois",
                 "tous les mois", "1 mois" -> BillingCycle.MONTHLY;
            case "annual", "annually", "yearly", "year", "years", "per year", "a year", "each year", "every year",
                 "per annum", "yr", "y", "12 months", "1 year", "annuel", "annuelle", "annuellement", "par annee",
                 "par an", "an", "annee", "chaque annee", "12 mois", "1 an" -> BillingCycle.ANNUAL;
            default -> throw new ValueException(Message.of("value.cycle"));
        };
    }

    /** Words and phrases of a charge's text that name an annual cycle, as normalised text says them. */
    private static final java.util.regex.Pattern ANNUAL_CYCLE = java.util.regex.Pattern.compile(
            "\\b(annual|annually|yearly|per annum|annuel|annuelle|annuellement|(1|one|un|une) (year|yr|an|annee)"
                    + "|12 (months|month|mo|mois)|per year|a year|par an|par annee|year plan|plan annuel|forfait annuel)\\b");

    /** Whether the text of a charge (its descriptor or description) names an annual cycle. */
    public static boolean namesAnnualCycle(String... texts) {
        for (String text : texts) {
            if (text != null && ANNUAL_CYCLE.matcher(HeaderSchema.normalise(text)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean letter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** A month ({@code 2026-10}, {@code octobre 2026}…): see {@link Dates#month}. */
    public static YearMonth month(String text) throws ValueException {
        return Dates.month(text);
    }

    public static String currency(String text) throws ValueException {
        String s = text.trim();
        if (s.length() != 3 || !letter(s.charAt(0)) || !letter(s.charAt(1)) || !letter(s.charAt(2))) {
            throw new ValueException(Message.of("value.currencyCode"));
        }
        return s.toUpperCase(Locale.ROOT);
    }
}
