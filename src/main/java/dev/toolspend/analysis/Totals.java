package dev.toolspend.analysis;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Whole-company figures (unrounded).
 *
 * @param spendInPeriod        recognised tools only; unrecognised spend is reported beside it
 * @param savingsByType        each tool's counted savings, attributed to the finding type that gave it
 * @param taxInPeriod          taxes billed in the period (FOCUS Tax charges, sales tax of bills): reported
 *                             apart, in no spend and no cost
 */
public record Totals(BigDecimal spendInPeriod, BigDecimal unrecognisedSpend, BigDecimal annualCost,
                     BigDecimal identifiedAnnualSavings, int activeUsers, int tools,
                     Map<FindingType, BigDecimal> savingsByType, BigDecimal taxInPeriod) {
}
