package dev.toolspend.analysis;

import dev.toolspend.model.BillingCycle;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of each rule, with the boundaries PRODUCT.md's settled details fix. */
class RulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    private static final BigDecimal HEADROOM = new BigDecimal("0.10");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void monthlyLicenseCostsTwelveCyclesAYearConverted() {
        // 40 seats × 15.99 USD × 12 × 1.38 = 10,591.7760 CAD
        assertThat(Rules.licenseAnnualCost(40, d("15.99"), BillingCycle.MONTHLY, d("1.38"))).isEqualByComparingTo("10591.776");
    }

    @Test
    void annualLicensePriceIsPerSeatPerYear() {
        // 12 seats × 659.88 CAD × 1 × 1 = 7,918.56
        assertThat(Rules.licenseAnnualCost(12, d("659.88"), BillingCycle.ANNUAL, BigDecimal.ONE)).isEqualByComparingTo("7918.56");
    }

    @Test
    void withoutLicenseTheYearIsTwelveTimesThePeriod() {
        // 49.68 × 12 = 596.16
        assertThat(Rules.estimatedAnnualCost(d("49.68"), BigDecimal.ZERO)).isEqualByComparingTo("596.16");
    }

    /** A line naming an annual cycle is a year already: (3 649.68 − 3 600.00) × 12 + 3 600.00 = 4 196.16. */
    @Test
    void anAnnualLineCountsOnceInTheYear() {
        assertThat(Rules.estimatedAnnualCost(d("3649.68"), d("3600.00"))).isEqualByComparingTo("4196.16");
        assertThat(Rules.estimatedAnnualCost(d("3600.00"), d("3600.00"))).isEqualByComparingTo("3600.00");
    }

    @Test
    void monthlySeatPriceIsAnnualCostOverSeatsOverTwelve() {
        // 1,200 / 10 / 12 = 10
        assertThat(Rules.monthlySeatPrice(d("1200"), 10)).isEqualByComparingTo("10");
        // 1,000 / 3 / 12 = 27.777… kept exact to 34 digits, never rounded here
        assertThat(Rules.monthlySeatPrice(d("1000"), 3).toPlainString()).startsWith("27.77777777777777777777777777777");
        assertThat(Rules.monthlySeatPrice(BigDecimal.ZERO, null)).isEqualByComparingTo("0");
        assertThat(Rules.monthlySeatPrice(d("100"), null)).isNull();
        assertThat(Rules.monthlySeatPrice(d("100"), 0)).isNull();
    }

    @Test
    void daysInactiveCountsFromTheAsOfDateAndNeverGoesNegative() {
        assertThat(Rules.daysInactive(AS_OF, LocalDate.of(2026, 10, 1))).isEqualTo(30);
        assertThat(Rules.daysInactive(AS_OF, AS_OF)).isZero();
        assertThat(Rules.daysInactive(AS_OF, LocalDate.of(2026, 11, 5))).isZero();
    }

    @Test
    void exactlyThirtyDaysInactiveIsStillActive() {
        assertThat(Rules.isActive(30, 30)).isTrue();
        assertThat(Rules.isActive(31, 30)).isFalse();
    }

    @Test
    void aSeatAssignedLessThanTheWindowAgoIsNew() {
        assertThat(Rules.isNewSeat(AS_OF, LocalDate.of(2026, 10, 2), 30)).isTrue();   // 29 days
        assertThat(Rules.isNewSeat(AS_OF, LocalDate.of(2026, 10, 1), 30)).isFalse();  // 30 days
        assertThat(Rules.isNewSeat(AS_OF, null, 30)).isFalse();
    }

    @Test
    void utilizationIsActiveOverSeatsAndUnknownWithoutEither() {
        assertThat(Rules.utilization(31, 50)).isEqualByComparingTo("0.62");
        assertThat(Rules.utilization(null, 50)).isNull();
        assertThat(Rules.utilization(3, null)).isNull();
        assertThat(Rules.utilization(3, 0)).isNull();
    }

    @Test
    void utilizationOfExactlyEightyPercentIsNotUnderused() {
        assertThat(Rules.isUnderused(Rules.utilization(8, 10), d("0.80"))).isFalse();
        assertThat(Rules.isUnderused(Rules.utilization(79, 100), d("0.80"))).isTrue();
        assertThat(Rules.isUnderused(null, d("0.80"))).isFalse();
    }

    @Test
    void unusedNeedsUsageDataNobodyActiveAndACost() {
        assertThat(Rules.isUnused(true, 0, d("100"))).isTrue();
        assertThat(Rules.isUnused(false, null, d("100"))).isFalse();
        assertThat(Rules.isUnused(true, 1, d("100"))).isFalse();
        assertThat(Rules.isUnused(true, 0, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void headroomRoundsUp() {
        assertThat(Rules.recommendedSeats(50, HEADROOM)).isEqualTo(55);   // 50 × 1.10 = 55 exactly, not 56
        assertThat(Rules.recommendedSeats(7, HEADROOM)).isEqualTo(8);     // 7.7 → 8
        assertThat(Rules.recommendedSeats(0, HEADROOM)).isZero();
        assertThat(Rules.reclaimableSeats(40, 14, HEADROOM)).isEqualTo(24); // 40 − ceil(15.4) = 24
        assertThat(Rules.reclaimableSeats(4, 3, HEADROOM)).isZero();        // 4 − ceil(3.3) = 0
        assertThat(Rules.reclaimableSeats(3, 3, HEADROOM)).isZero();        // never below 0
    }

    @Test
    void underusedSavingsAreReclaimableSeatsAtTheMonthlySeatPriceForAYear() {
        // 24 seats × (10,591.776 / 40 / 12) × 12 = 24 × 10,591.776 / 40 = 6,355.0656
        assertThat(Rules.underusedSavings(24, d("10591.776"), 40)).isEqualByComparingTo("6355.0656");
    }

    @Test
    void overlapSavingsAreTheAnnualCostLessMovingItsUsers() {
        // 7 movers × 41.40 × 12 = 3,477.60; 4,968.00 − 3,477.60 = 1,490.40
        BigDecimal migration = Rules.migrationCost(7, d("41.40"));
        assertThat(migration).isEqualByComparingTo("3477.60");
        assertThat(Rules.overlapSavings(d("4968.00"), migration)).isEqualByComparingTo("1490.40");
        assertThat(Rules.overlapSavings(d("100"), d("250")).signum()).isNegative();
    }

    @Test
    void renewalHorizonExcludesTheAsOfDateAndIncludesItsLastDay() {
        assertThat(Rules.renewsWithinHorizon(AS_OF, AS_OF, 90)).isFalse();
        assertThat(Rules.renewsWithinHorizon(AS_OF.plusDays(1), AS_OF, 90)).isTrue();
        assertThat(Rules.renewsWithinHorizon(AS_OF.plusDays(90), AS_OF, 90)).isTrue();
        assertThat(Rules.renewsWithinHorizon(AS_OF.plusDays(91), AS_OF, 90)).isFalse();
    }

    @Test
    void actByIsTheRenewalLessTheNoticeWithBlankMeaningTheDefault() {
        LocalDate renewal = LocalDate.of(2026, 12, 15);
        assertThat(Rules.actBy(renewal, 30, 30)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(Rules.actBy(renewal, null, 45)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(Rules.actBy(renewal, 0, 30)).isEqualTo(renewal);
    }

    @Test
    void anActByDateEqualToTheAsOfDateIsDueNowButNotOverdue() {
        long days = Rules.daysToAct(AS_OF, AS_OF);
        assertThat(days).isZero();
        assertThat(Rules.urgency(days)).isEqualTo(Urgency.CRITICAL);
        assertThat(Rules.daysToAct(AS_OF, LocalDate.of(2026, 9, 21))).isEqualTo(-40);
    }

    @Test
    void urgencyBandsByDaysToAct() {
        assertThat(Rules.urgency(-40)).isEqualTo(Urgency.CRITICAL);
        assertThat(Rules.urgency(14)).isEqualTo(Urgency.CRITICAL);
        assertThat(Rules.urgency(15)).isEqualTo(Urgency.HIGH);
        assertThat(Rules.urgency(30)).isEqualTo(Urgency.HIGH);
        assertThat(Rules.urgency(31)).isEqualTo(Urgency.MEDIUM);
        assertThat(Rules.urgency(60)).isEqualTo(Urgency.MEDIUM);
        assertThat(Rules.urgency(61)).isEqualTo(Urgency.LOW);
    }

    @Test
    void untrackedIsSpendWithoutALicenseRow() {
        assertThat(Rules.isUntracked(d("49.68"), false)).isTrue();
        assertThat(Rules.isUntracked(d("49.68"), true)).isFalse();
        assertThat(Rules.isUntracked(BigDecimal.ZERO, false)).isFalse();
        assertThat(Rules.isUntracked(d("-10"), false)).isFalse();
    }

    @Test
    void eachToolCountsOnceWithItsLargestSavings() {
        assertThat(Rules.countedSavings(null, d("6355.07"), d("8330.51"))).isEqualByComparingTo("8330.51");
        assertThat(Rules.countedSavings(null, null, null)).isEqualByComparingTo("0");
        assertThat(Rules.countedSavings(d("-5"))).isEqualByComparingTo("0");
    }
}
