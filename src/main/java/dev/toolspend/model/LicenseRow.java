package dev.toolspend.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the license register: a plan of a tool. Optional cells are null when blank.
 *
 * @param pricePerSeat price per seat per billing cycle, in {@code currency}
 */
public record LicenseRow(SourceRef source, String toolName, String toolId, String plan, int seats,
                         BigDecimal pricePerSeat, BillingCycle cycle, String currency,
                         LocalDate renewalDate, Integer noticeDays, String owner, String department,
                         String category, Integer inactiveAfterDays, Boolean exempt, Boolean autoRenew) {

    public LicenseRow withToolId(String id) {
        return new LicenseRow(source, toolName, id, plan, seats, pricePerSeat, cycle, currency,
                renewalDate, noticeDays, owner, department, category, inactiveAfterDays, exempt, autoRenew);
    }
}
