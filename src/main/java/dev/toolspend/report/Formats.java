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

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The Excel number format for money cells: grouping, two decimals, the currency code. */
    public String excelMoneyFormat() {
        return "#,##0.00 \"" + currency + "\";-#,##0.00 \"" + currency + "\"";
    }
}
