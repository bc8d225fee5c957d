package dev.toolspend.analysis;

import dev.toolspend.model.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT.md, "Month over month": three periods, each analysed with the history the ones before left. */
class MonthOverMonthTest {

    /**
     * August: Slack 10 seats at $12, 2 active (keep ceil(2 × 1.1) = 3: reclaim 7, $1,008 a year); Zoom 5 seats at
     * $15, nobody active (cancel: $900); Figma paid on the card without a register row (untracked).
     */
    private static AnalysisResult august() {
        return new Scenario().period("2026-08")
                .licenseOf(null, "slack", 10, "12.00", null).activeSeats("slack", "s", 2).inactiveSeats("slack", "i", 8)
                .licenseOf(null, "zoom", 5, "15.00", null).inactiveSeats("zoom", "z", 5)
                .charge("figma", "2026-08-03", "45.00", "CAD")
                .analyse();
    }

    /** September: Slack down to 6 seats (4 of the 7 reclaimed), Zoom gone from register and card, Figma not paid. */
    private static AnalysisResult september(History history) {
        return new Scenario().period("2026-09").history(history)
                .licenseOf(null, "slack", 6, "12.00", null).activeSeats("slack", "s", 2).inactiveSeats("slack", "i", 4)
                .analyse();
    }

    /** October: Slack down to 3 seats (the last 3 reclaimed); nothing left to reclaim. */
    private static AnalysisResult october(History history) {
        return new Scenario().period("2026-10").history(history)
                .licenseOf(null, "slack", 3, "12.00", null).activeSeats("slack", "s", 2).inactiveSeats("slack", "i", 1)
                .analyse();
    }

    @Test
    void theFirstPeriodHasEveryFindingNewAndNothingRealized() {
        AnalysisResult aug = august();

        assertThat(aug.monthOverMonth().previousPeriod()).isNull();
        assertThat(aug.findings()).allSatisfy(f -> assertThat(aug.monthOverMonth().state(f))
                .isEqualTo(new MonthOverMonth.State(true, 1)));
        assertThat(aug.monthOverMonth().realized()).isEmpty();
        assertThat(aug.monthOverMonth().trend().hasHistory()).isFalse();
    }

    @Test
    void aPartialReclaimCountsTheSeatsReclaimedAtThePreviousPriceAndACancellationTheWholeFinding() {
        AnalysisResult aug = august();
        AnalysisResult sep = september(new History(List.of(aug.snapshot())));
        MonthOverMonth changes = sep.monthOverMonth();

        assertThat(changes.previousPeriod()).isEqualTo(Period.parse("2026-08"));
        // Slack: min(7 asked, 10 − 6) = 4 seats × $1,440 / 10 seats = $576; Zoom: no row, no spend: the $900 of August
        assertThat(changes.realized()).extracting(RealizedSaving::toolId, RealizedSaving::type, r -> money(r.annualSavings()),
                        RealizedSaving::seatsReclaimed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("slack", FindingType.UNDERUSED, "576.00", 4),
                        org.assertj.core.groups.Tuple.tuple("zoom", FindingType.UNUSED, "900.00", null));
        assertThat(money(changes.realizedThisPeriod())).isEqualTo("1476.00");
        // Slack is still underused (6 seats, keep 3): open for a second period; Figma's untracked line is gone
        Finding slack = sep.findings().stream().filter(f -> f.type() == FindingType.UNDERUSED).findFirst().orElseThrow();
        assertThat(changes.state(slack)).isEqualTo(new MonthOverMonth.State(false, 2));
        assertThat(changes.gone()).extracting(History.OpenFinding::toolId, History.OpenFinding::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("figma", FindingType.UNTRACKED));
    }

    @Test
    void realizedSavingsAreCountedOnceAndSummedOverTwelveMonths() {
        List<History.Snapshot> kept = new ArrayList<>();
        AnalysisResult aug = august();
        kept.add(aug.snapshot());
        AnalysisResult sep = september(new History(kept));
        kept.add(sep.snapshot());
        AnalysisResult oct = october(new History(kept));

        // September's finding asked 3 (6 seats, keep 3): 3 reclaimed × $864 / 6 = $432; August's never counted again
        assertThat(oct.monthOverMonth().realized()).extracting(r -> money(r.annualSavings())).containsExactly("432.00");
        assertThat(money(oct.monthOverMonth().realizedLast12Months())).isEqualTo("1908.00");
        assertThat(oct.monthOverMonth().gone()).isEmpty();
        assertThat(oct.monthOverMonth().trend().points()).extracting(p -> p.period().toString())
                .containsExactly("2026-08", "2026-09", "2026-10");
        assertThat(oct.monthOverMonth().trend().points()).extracting(p -> money(p.realizedSavings()))
                .containsExactly("0.00", "1476.00", "432.00");
    }

    @Test
    void theOrderPeriodsAreAnalysedInChangesNothingBecauseEachReadsOnlyTheOnesBefore() {
        AnalysisResult aug = august();
        AnalysisResult sep = september(new History(List.of(aug.snapshot())));
        // October run first (no history), then again with a history that also holds a later period
        AnalysisResult octAlone = october(History.NONE);
        History all = new History(List.of(aug.snapshot(), sep.snapshot(), octAlone.snapshot()));
        AnalysisResult sepAgain = september(all);

        assertThat(sepAgain.monthOverMonth()).isEqualTo(sep.monthOverMonth());
        assertThat(octAlone.monthOverMonth().previousPeriod()).isNull();
    }

    @Test
    void aPriceAboveLastYearsAndTheListPriceAtRenewalIsAFindingAgainstTheLowerReference() {
        // Miro: list $20 USD at 1.38 = $27.60; October 2025 it cost $25 a seat; now $30, renewing within 90 days
        History lastYear = new History(List.of(new History.Snapshot(Period.parse("2025-10"), "CAD", BigDecimal.ZERO,
                new BigDecimal("3000"), 10, BigDecimal.ZERO,
                List.of(new History.ToolFigures("miro", "Miro", "design", 10, 10, BigDecimal.ZERO, new BigDecimal("3000"), 1,
                        BigDecimal.ZERO)), List.of(), List.of())));
        AnalysisResult result = new Scenario().fx("USD", "1.38").history(lastYear)
                .licenseOf(null, "miro", 10, "30.00", "2026-12-15").activeSeats("miro", "m", 10).analyse();

        PriceCheck check = result.priceChecks().get(0);
        assertThat(ratio(check.lastYearRatio())).isEqualTo("0.2000");          // (30 − 25) / 25
        assertThat(money(check.lastYearPerYear())).isEqualTo("600.00");        // 5 × 10 seats × 12
        assertThat(ratio(check.listRatio())).isEqualTo("0.0870");              // (30 − 27.60) / 27.60
        assertThat(money(check.listPerYear())).isEqualTo("288.00");            // 2.40 × 10 × 12
        assertThat(money(check.target())).isEqualTo("25.00");
        assertThat(check.actBy()).hasToString("2026-11-15");
        Finding price = result.findings().stream().filter(f -> f.type() == FindingType.PRICE).findFirst().orElseThrow();
        assertThat(money(price.annualSavings())).isEqualTo("600.00");
        assertThat(money(result.totals().identifiedAnnualSavings())).isEqualTo("600.00");
    }

    @Test
    void aPriceWithinTheAlertOfItsReferencesIsCheckedButNoFinding() {
        AnalysisResult result = new Scenario().fx("USD", "1.10")
                .licenseOf(null, "miro", 10, "22.99", "2026-12-15").activeSeats("miro", "m", 10).analyse();

        assertThat(ratio(result.priceChecks().get(0).listRatio())).isEqualTo("0.0450");
        assertThat(result.priceChecks().get(0).alert()).isFalse();
        assertThat(result.findings()).noneMatch(f -> f.type() == FindingType.PRICE);
    }

    @Test
    void departmentsTakeTheRegistersThenTheCardsThenTheRostersAndSumToTheTotals() {
        AnalysisResult result = new Scenario()
                // Slack: Sales's register row ($1,440 a year), its card line ($120) is Sales's too
                .licenseOf("Sales", "slack", 10, "12.00", null).activeSeats("slack", "s", 2).inactiveSeats("slack", "i", 8)
                .chargeOf("Ops", "slack", "2026-10-02", "120.00")
                // Figma: no register row, two card lines: Design $30, none $15 → the holders' roster departments
                .chargeOf("Design", "figma", "2026-10-03", "30.00").chargeOf(null, "figma", "2026-10-04", "15.00")
                .seat("figma", "ann@co.ca", 1).seat("figma", "bob@co.ca", 1)
                .employee("ann@co.ca", "Design").employee("bob@co.ca", "sales")
                // Zoom: no department anywhere
                .charge("zoom", "2026-10-05", "10.00", "CAD")
                .analyse();

        List<DepartmentCost> departments = result.departments();
        assertThat(departments).extracting(DepartmentCost::department).containsExactly("Design", "Sales", null);
        // Design: $30 + half of the $15 → 37.50 spent, × 12 = 450; Sales: 120 + 7.50; unassigned: Zoom's $10
        assertThat(departments).extracting(d -> money(d.spendInPeriod())).containsExactly("37.50", "127.50", "10.00");
        assertThat(departments).extracting(d -> money(d.annualCost())).containsExactly("450.00", "1530.00", "120.00");
        // Slack's reclaim (7 × $144 = $1,008) is Sales's
        assertThat(departments).extracting(d -> money(d.identifiedSavings())).containsExactly("0.00", "1008.00", "0.00");
        assertThat(sum(departments.stream().map(DepartmentCost::spendInPeriod).toList()))
                .isEqualByComparingTo(result.totals().spendInPeriod());
        assertThat(sum(departments.stream().map(DepartmentCost::annualCost).toList()))
                .isEqualByComparingTo(result.totals().annualCost());
        assertThat(sum(departments.stream().map(DepartmentCost::identifiedSavings).toList()))
                .isEqualByComparingTo(result.totals().identifiedAnnualSavings());
    }

    @Test
    void allocationSharesSumExactlyToTheAmount() {
        var shares = Departments.allocate(new BigDecimal("100"), new java.util.TreeMap<>(java.util.Map.of(
                "a", BigDecimal.ONE, "b", BigDecimal.ONE, "c", BigDecimal.ONE)));
        assertThat(sum(List.copyOf(shares.values()))).isEqualByComparingTo("100");
        assertThat(money(shares.get("a"))).isEqualTo("33.33");
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String ratio(BigDecimal ratio) {
        return ratio.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
