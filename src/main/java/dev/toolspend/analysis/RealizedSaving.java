package dev.toolspend.analysis;

import dev.toolspend.model.Period;

import java.math.BigDecimal;

/**
 * A finding of an earlier period that the files now show acted on (PRODUCT.md, "Month over month").
 *
 * @param period        the period whose files show the action: where the saving is counted, once
 * @param identifiedIn  the period of the finding acted on
 * @param seatsBefore   a reclaim's register seats in {@code identifiedIn}; null for a cancellation
 * @param seatsAfter    a reclaim's register seats in {@code period}
 * @param seatsReclaimed the seats counted: at most what the finding asked
 */
public record RealizedSaving(Period period, Period identifiedIn, FindingType type, String toolId,
                             BigDecimal annualSavings, Integer seatsBefore, Integer seatsAfter, Integer seatsReclaimed) {

    public boolean cancellation() {
        return seatsBefore == null;
    }
}
