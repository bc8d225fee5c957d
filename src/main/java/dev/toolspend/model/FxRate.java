package dev.toolspend.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An FX rate as a file gives it: units of {@code base} per unit of {@code currency}, in effect from a date.
 *
 * @param base      the currency the rate is in, when the file says it (its rate column's header, a base column);
 *                  null: the file's own (a currency it gives rate 1), else the report currency
 * @param effective the day the rate takes effect (a rate by date, or the first day of a rate by month); null:
 *                  a rate for any date
 */
public record FxRate(SourceRef source, String currency, BigDecimal rate, String base, LocalDate effective) {

    /** A rate for any date, in the file's base. */
    public FxRate(SourceRef source, String currency, BigDecimal rate) {
        this(source, currency, rate, null, null);
    }
}
