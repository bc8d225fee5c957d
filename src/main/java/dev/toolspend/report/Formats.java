package dev.toolspend.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Rounding and formatting of figures, applied only when a figure is written: money to cents
 * (half-up), ratios to 4 decimals.
 */
public final class Formats {

    private final Locale locale;
    private final String currency;

    public Formats(Locale locale, String currency) {
        this.locale = locale;
        this.currency = currency;
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal ratio(BigDecimal ratio) {
        return ratio == null ? null : ratio.setScale(4, RoundingMode.HALF_UP);
    }

    /** Money for sentences, in the report currency and the language's style ({@code $4,140.00}). */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(cents(amount));
    }

    /** An amount in any currency, for plain text: cents in the language's style, then the code ({@code 1 234,56 USD}). */
    public static String withCode(Locale locale, BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(cents(amount)) + " " + currency;
    }

    /** A ratio as a percentage for sentences, one decimal ({@code 12.5%}, {@code 12,5 %}). */
    public String percent(BigDecimal ratio) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private boolean french() {
        return locale.getLanguage().equals("fr");
    }

    /**
     * The locale tag that opens every number format of a French workbook ({@code [$-C0C]}, French (Canada)):
     * LibreOffice then shows the language's separators ({@code 1 234,56}); Excel shows the viewer's own.
     * English needs none.
     */
    private String localeTag() {
        return french() ? "[$-C0C]" : "";
    }

    /**
     * The report currency's symbol as the reader's country writes it: the country's own currency by its plain sign
     * ({@code $} for CAD in Canada, in both languages), another by the language's symbol ({@code US$}, {@code $ US}).
     */
    private String symbol() {
        Currency report = Currency.getInstance(currency);
        Currency home = locale.getCountry().isEmpty() ? null : Currency.getInstance(locale);
        // the home currency's plain sign is its symbol in the country's English (the French bundle says "$ CA")
        String symbol = report.equals(home) ? report.getSymbol(new Locale("en", locale.getCountry()))
                : report.getSymbol(locale);
        return symbol.replace("\"", "").replace('\u00a0', ' ');
    }

    /**
     * The Excel number format for money cells in the language's style, negatives the accounting way, in
     * parentheses without a sign: {@code $1,234.56} and {@code (45.00)} in English, {@code 1 234,56 $} and
     * {@code (45,00)} in French (Canada). Positives keep a parenthesis's width at their right ({@code _)}), so that
     * the digits of a column line up.
     */
    public String excelMoneyFormat() {
        String symbol = "\"" + symbol() + "\"";
        return french() ? localeTag() + "#,##0.00\\ " + symbol + "_);(#,##0.00)"
                : symbol + "#,##0.00_);(#,##0.00)";
    }

    /** Amounts in a currency named beside them: the money format's digits and negatives, no symbol. */
    public String excelAmountFormat() {
        return localeTag() + "#,##0.00_);(#,##0.00)";
    }

    /** Percentages: {@code 12.5%}, in French {@code 12,5 %}. */
    public String excelPercentFormat() {
        return french() ? localeTag() + "0.0\\ %" : "0.0%";
    }

    /** Whole numbers: {@code 1,234}, in French {@code 1 234}. */
    public String excelIntegerFormat() {
        return localeTag() + "#,##0";
    }

    /** Exchange rates: at least four decimals, every digit the rate has. */
    public String excelDecimalFormat() {
        return localeTag() + "0.0000######";
    }

    /**
     * Dates: ISO 8601 ({@code 2026-10-31}) in both languages, the form the Government of Canada and the Office
     * québécois de la langue française recommend for numeric dates, and the one that sorts.
     */
    public String excelDateFormat() {
        return "yyyy-mm-dd";
    }

    /** Letter paper where the reader's country uses it (Canada, the United States), else A4. */
    public boolean letterPaper() {
        return List.of("CA", "US", "MX").contains(locale.getCountry());
    }
}
