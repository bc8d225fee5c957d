package dev.toolspend.analysis;

import java.math.BigDecimal;

/**
 * A department's share of the figures (chargeback), unrounded; the departments sum to the company's totals.
 *
 * @param department the name as first written, null for what no source places ("unassigned")
 */
public record DepartmentCost(String department, BigDecimal spendInPeriod, BigDecimal annualCost,
                             BigDecimal identifiedSavings) {
}
