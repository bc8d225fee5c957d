package dev.toolspend.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tool renewing within the horizon: its seat price now against the references a buyer negotiates with (report
 * currency, per seat per month, unrounded).
 *
 * @param lastYear the same tool's price twelve periods earlier, null when history does not hold it
 * @param list     the catalog's list price converted at the as-of date, null when the catalog has none (or no rate)
 * @param actBy    the earliest act-by date of its renewals in the horizon
 */
public record PriceCheck(String toolId, int seats, BigDecimal monthlySeatPrice, BigDecimal lastYear, BigDecimal list,
                         LocalDate renewalDate, LocalDate actBy, BigDecimal alertAbove) {

    public BigDecimal lastYearRatio() {
        return Rules.priceDifferenceRatio(monthlySeatPrice, lastYear);
    }

    public BigDecimal lastYearPerYear() {
        return Rules.priceDifferencePerYear(monthlySeatPrice, lastYear, seats);
    }

    public BigDecimal listRatio() {
        return Rules.priceDifferenceRatio(monthlySeatPrice, list);
    }

    public BigDecimal listPerYear() {
        return Rules.priceDifferencePerYear(monthlySeatPrice, list, seats);
    }

    /** The lower of the references found. */
    public BigDecimal target() {
        return Rules.priceTarget(lastYear, list);
    }

    /** Above a reference by more than the alert. */
    public boolean alert() {
        return Rules.isRiseAbove(lastYear, monthlySeatPrice, alertAbove) || Rules.isRiseAbove(list, monthlySeatPrice, alertAbove);
    }

    /** What paying the target instead saves a year: the price finding's savings. */
    public BigDecimal savings() {
        return Rules.priceSavings(monthlySeatPrice, target(), seats);
    }
}
