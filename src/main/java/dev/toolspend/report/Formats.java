package dev.toolspend.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
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

    /**
     * The Excel number format for money cells in the language's style: {@code $1,234.56} in English,
     * {@code 1 234,56 $} in French (Canada). The locale tag tells Excel and LibreOffice whose
     * convention it is; the viewer's own settings supply the separators.
     */
    public String excelMoneyFormat() {
        boolean french = locale.getLanguage().equals("fr");
        String symbol = Currency.getInstance(currency).getSymbol(locale).replace("\"", "");
        String tag = "[$" + symbol + "-" + (french ? "C0C" : "1009") + "]";
        return french ? "#,##0.00 " + tag + ";-#,##0.00 " + tag : tag + "#,##0.00;-" + tag + "#,##0.00";
    }
}
