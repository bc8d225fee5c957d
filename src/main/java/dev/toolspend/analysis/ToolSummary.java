package dev.toolspend.analysis;

import dev.toolspend.model.Category;
import dev.toolspend.model.Tool;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One tool's figures for the period (unrounded). Null means unknown, never 0.
 *
 * @param monthlySeatPrice  annual cost / seats / 12 (0 for a free tool), null when seats are unknown
 * @param reclaimableSeats  null when seats or active users are unknown
 * @param annualSavings     the amount this tool contributes to the total identified savings
 * @param nextRenewal       the earliest renewal date after the as-of date among its license rows
 */
public record ToolSummary(Tool tool, Category category, Integer seats, Integer activeUsers, BigDecimal utilization,
                          BigDecimal spendInPeriod, BigDecimal annualCost, CostSource costSource,
                          BigDecimal monthlySeatPrice, BigDecimal costPerActiveUser, boolean usageData,
                          Integer reclaimableSeats, BigDecimal annualSavings, String owner, LocalDate nextRenewal,
                          boolean exempt, int inactiveAfterDays, SeatCounts seatCounts, int licenseRows,
                          int billingLinesInPeriod) {

    public String id() {
        return tool.id();
    }

    public ToolSummary withAnnualSavings(BigDecimal savings) {
        return new ToolSummary(tool, category, seats, activeUsers, utilization, spendInPeriod, annualCost, costSource,
                monthlySeatPrice, costPerActiveUser, usageData, reclaimableSeats, savings, owner, nextRenewal, exempt,
                inactiveAfterDays, seatCounts, licenseRows, billingLinesInPeriod);
    }
}
