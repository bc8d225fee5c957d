package dev.toolspend.ingest.value;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The character that separates the units from the decimals of an amount. */
public enum DecimalMark {
    POINT('.'), COMMA(',');

    private final char symbol;

    DecimalMark(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    /** The other mark: the one that groups thousands when this one separates decimals. */
    public char grouping() {
        return this == POINT ? ',' : '.';
    }

    /** The decimal mark a locale writes ({@code fr-CA}: comma, {@code en-CA}: point). */
    public static DecimalMark of(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? COMMA : POINT;
    }
}
