package dev.toolspend.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An action for a reader, with the evidence its sentence is built from. Findings carry figures, not
 * words: the report writes them in the reader's language.
 */
public sealed interface Finding {

    FindingType type();

    String toolId();

    /** What acting on this finding saves per year (0 for prompts: renewals and untracked subscriptions). */
    BigDecimal annualSavings();

    /** The date to act by, when the finding has one. */
    default LocalDate actBy() {
        return null;
    }

    /** Nobody used the tool in the window: cancel it. */
    record Unused(String toolId, BigDecimal annualSavings, int holders, Integer seats, int inactiveAfterDays)
            implements Finding {
        @Override
        public FindingType type() {
            return FindingType.UNUSED;
        }
    }

    /** Fewer active users than seats: reclaim the spare ones. */
    record Underused(String toolId, BigDecimal annualSavings, int seats, int activeUsers, int reclaimableSeats,
                     int recommendedSeats, int inactiveAfterDays) implements Finding {
        @Override
        public FindingType type() {
            return FindingType.UNDERUSED;
        }
    }

    /** Another tool of the same category does the job: move the users there. */
    record Overlap(String toolId, BigDecimal annualSavings, String keptToolId, String categoryId, int activeUsers,
                   int movers, int activeInBoth, BigDecimal annualCost, BigDecimal migrationCost) implements Finding {
        @Override
        public FindingType type() {
            return FindingType.OVERLAP;
        }
    }

    /** A seat price above last year's or the list price at renewal: negotiate down to the target. */
    record Price(String toolId, BigDecimal annualSavings, PriceCheck check) implements Finding {
        @Override
        public FindingType type() {
            return FindingType.PRICE;
        }

        @Override
        public LocalDate actBy() {
            return check.actBy();
        }
    }

    /** A contract renews soon: decide by the act-by date. */
    record Renewal(String toolId, BigDecimal annualSavings, LocalDate actBy, RenewalItem renewal) implements Finding {
        @Override
        public FindingType type() {
            return FindingType.RENEWAL;
        }
    }

    /** Paid for but not in the license register: add it (or cancel it). */
    record Untracked(String toolId, BigDecimal annualSavings, BigDecimal spendInPeriod, BigDecimal estimatedAnnualCost,
                     int lines) implements Finding {
        @Override
        public FindingType type() {
            return FindingType.UNTRACKED;
        }
    }
}
