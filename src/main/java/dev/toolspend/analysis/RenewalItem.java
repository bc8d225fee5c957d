package dev.toolspend.analysis;

import dev.toolspend.model.SourceRef;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A license row renewing within the horizon.
 *
 * @param noticeDays       the notice used (the default when the register leaves it blank)
 * @param recommendedSeats ceil(active × (1 + headroom)), null without usage data
 * @param annualCost       this row's annual cost in report currency; null when its currency has no rate
 */
public record RenewalItem(String toolId, String plan, LocalDate renewalDate, int noticeDays, boolean defaultNotice,
                          LocalDate actBy, long daysToAct, Urgency urgency, int seats, Integer recommendedSeats,
                          BigDecimal annualCost, Boolean autoRenew, String owner, SourceRef source) {

    public boolean overdue() {
        return daysToAct < 0;
    }
}
