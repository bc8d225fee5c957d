package dev.toolspend.analysis;

import dev.toolspend.model.BillingCycle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of PRODUCT.md's rules, one small named method each (see docs/figures.md).
 * Exact decimals throughout; nothing here rounds a figure that is shown.
 */
public final class Rules {

    /** Divisions keep 34 significant digits. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Rules() {
    }

    /** A license row's annual cost in report currency: seats × price per cycle × cycles per year × FX rate. */
    public static BigDecimal licenseAnnualCost(int seats, BigDecimal pricePerSeat, BillingCycle cycle, BigDecimal rate) {
        return BigDecimal.valueOf(seats).multiply(pricePerSeat).multiply(BigDecimal.valueOf(cycle.perYear())).multiply(rate);
    }

    /**
     * Without a license row, a year is estimated as twelve times the period's spend, except the spend of lines whose
     * text names an annual cycle, which is a year's already: {@code (spend − annualSpend) × 12 + annualSpend}.
     */
    public static BigDecimal estimatedAnnualCost(BigDecimal spendInPeriod, BigDecimal annualSpendInPeriod) {
        return spendInPeriod.subtract(annualSpendInPeriod).multiply(TWELVE).add(annualSpendInPeriod);
    }

    /** Annual cost / seats / 12; 0 for a free tool; null when the seats are unknown. */
    public static BigDecimal monthlySeatPrice(BigDecimal annualCost, Integer seats) {
        if (annualCost.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (seats == null || seats == 0) {
            return null;
        }
        return annualCost.divide(BigDecimal.valueOf(seats), PRECISION).divide(TWELVE, PRECISION);
    }

    /** As-of date − last activity, in days; 0 when the activity is after the as-of date. */
    public static long daysInactive(LocalDate asOf, LocalDate lastActive) {
        return Math.max(0, ChronoUnit.DAYS.between(lastActive, asOf));
    }

    /** Active when days inactive ≤ the window. */
    public static boolean isActive(long daysInactive, int inactiveAfterDays) {
        return daysInactive <= inactiveAfterDays;
    }

    /** A seat assigned less than the window ago is new, and counts as active. */
    public static boolean isNewSeat(LocalDate asOf, LocalDate assignedOn, int inactiveAfterDays) {
        return assignedOn != null && ChronoUnit.DAYS.between(assignedOn, asOf) < inactiveAfterDays;
    }

    /** Active users / seats; null when either is unknown or there are no seats. */
    public static BigDecimal utilization(Integer activeUsers, Integer seats) {
        if (activeUsers == null || seats == null || seats == 0) {
            return null;
        }
        return BigDecimal.valueOf(activeUsers).divide(BigDecimal.valueOf(seats), PRECISION);
    }

    /** Unused: usage data present, nobody active, and the tool costs something. */
    public static boolean isUnused(boolean usageData, Integer activeUsers, BigDecimal annualCost) {
        return usageData && activeUsers != null && activeUsers == 0 && annualCost.signum() > 0;
    }

    public static boolean isUnderused(BigDecimal utilization, BigDecimal underusedBelow) {
        return utilization != null && utilization.compareTo(underusedBelow) < 0;
    }

    /** Seats worth keeping: ceil(active × (1 + headroom)). */
    public static int recommendedSeats(int activeUsers, BigDecimal headroom) {
        return BigDecimal.valueOf(activeUsers).multiply(BigDecimal.ONE.add(headroom))
                .setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** Seats − recommended seats, never below 0. */
    public static int reclaimableSeats(int seats, int activeUsers, BigDecimal headroom) {
        return Math.max(0, seats - recommendedSeats(activeUsers, headroom));
    }

    /** Reclaimable × monthly seat price × 12, computed as reclaimable × annual cost / seats (no rounded price). */
    public static BigDecimal underusedSavings(int reclaimable, BigDecimal annualCost, int seats) {
        return BigDecimal.valueOf(reclaimable).multiply(annualCost).divide(BigDecimal.valueOf(seats), PRECISION);
    }

    /** Users who must move × the kept tool's monthly seat price × 12. */
    public static BigDecimal migrationCost(int movers, BigDecimal keptMonthlySeatPrice) {
        return BigDecimal.valueOf(movers).multiply(keptMonthlySeatPrice).multiply(TWELVE);
    }

    /** Annual cost of the consolidated tool minus the cost of moving its users; may be ≤ 0 (then no finding). */
    public static BigDecimal overlapSavings(BigDecimal annualCost, BigDecimal migrationCost) {
        return annualCost.subtract(migrationCost);
    }

    /** as-of < renewal ≤ as-of + horizon. */
    public static boolean renewsWithinHorizon(LocalDate renewal, LocalDate asOf, int horizonDays) {
        return renewal.isAfter(asOf) && !renewal.isAfter(asOf.plusDays(horizonDays));
    }

    /** Renewal date − notice days; a blank notice takes the default, 0 means the renewal date itself. */
    public static LocalDate actBy(LocalDate renewal, Integer noticeDays, int defaultNoticeDays) {
        return renewal.minusDays(noticeDays == null ? defaultNoticeDays : noticeDays);
    }

    /** Days from the as-of date to act-by; negative when overdue. */
    public static long daysToAct(LocalDate asOf, LocalDate actBy) {
        return ChronoUnit.DAYS.between(asOf, actBy);
    }

    /** Critical ≤ 14 days (overdue included), high 15–30, medium 31–60, low beyond. */
    public static Urgency urgency(long daysToAct) {
        if (daysToAct <= 14) {
            return Urgency.CRITICAL;
        }
        if (daysToAct <= 30) {
            return Urgency.HIGH;
        }
        return daysToAct <= 60 ? Urgency.MEDIUM : Urgency.LOW;
    }

    /** Spend in the period on a tool without any license row. */
    public static boolean isUntracked(BigDecimal spendInPeriod, boolean hasLicenseRow) {
        return !hasLicenseRow && spendInPeriod.signum() > 0;
    }

    /**
     * A reclaim acted on: min(seats asked, seats before − seats after) × the monthly seat price before × 12, computed
     * as seats × annual cost before / seats before (no rounded price). Zero when the seats did not go down.
     */
    public static BigDecimal realizedReclaim(int seatsAsked, int seatsBefore, int seatsAfter, BigDecimal annualCostBefore) {
        int reclaimed = reclaimedSeats(seatsAsked, seatsBefore, seatsAfter);
        if (reclaimed == 0 || seatsBefore == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(reclaimed).multiply(annualCostBefore).divide(BigDecimal.valueOf(seatsBefore), PRECISION);
    }

    /** The seats of a reclaim that count: min(asked, before − after), never below 0 (a partial reclaim counts partially). */
    public static int reclaimedSeats(int seatsAsked, int seatsBefore, int seatsAfter) {
        return Math.max(0, Math.min(seatsAsked, seatsBefore - seatsAfter));
    }

    /** A cancellation shows when the tool has no register row and no spend in the period. */
    public static boolean isCancelled(int licenseRows, BigDecimal spendInPeriod) {
        return licenseRows == 0 && spendInPeriod.signum() == 0;
    }

    /** (now − reference) / reference; null without a reference (or a free one). */
    public static BigDecimal priceDifferenceRatio(BigDecimal now, BigDecimal reference) {
        if (reference == null || reference.signum() <= 0) {
            return null;
        }
        return now.subtract(reference).divide(reference, PRECISION);
    }

    /** (now − reference) × seats × 12: what the difference costs a year at the current seat count. */
    public static BigDecimal priceDifferencePerYear(BigDecimal now, BigDecimal reference, int seats) {
        return reference == null ? null : now.subtract(reference).multiply(BigDecimal.valueOf(seats)).multiply(TWELVE);
    }

    /** The price to negotiate: the lower of the references found (last year's, the list price); null with none. */
    public static BigDecimal priceTarget(BigDecimal lastYear, BigDecimal list) {
        if (lastYear == null || list == null) {
            return lastYear == null ? list : lastYear;
        }
        return lastYear.min(list);
    }

    /** A price finding's savings: (now − target) × seats × 12, never below 0. */
    public static BigDecimal priceSavings(BigDecimal now, BigDecimal target, int seats) {
        return target == null ? BigDecimal.ZERO : priceDifferencePerYear(now, target, seats).max(BigDecimal.ZERO);
    }

    /** (now − before) / before above the alert; never for a tool that cost nothing before. */
    public static boolean isRiseAbove(BigDecimal before, BigDecimal now, BigDecimal alert) {
        BigDecimal ratio = priceDifferenceRatio(now, before);
        return ratio != null && ratio.compareTo(alert) > 0;
    }

    /** Each tool counts once in the total: the largest of its savings. */
    public static BigDecimal countedSavings(BigDecimal... savings) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal s : savings) {
            if (s != null && s.compareTo(max) > 0) {
                max = s;
            }
        }
        return max;
    }
}
