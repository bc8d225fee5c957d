package dev.toolspend.analysis;

import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.SourceRef;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.toolspend.model.BillingCycle.ANNUAL;
import static dev.toolspend.model.BillingCycle.MONTHLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rules applied together, on small scenarios whose figures are worked out in the comments. */
class AnalyzerTest {

    @Test
    void spendCountsOnlyLinesInThePeriodConvertedAndNetOfCredits() {
        AnalysisResult result = new Scenario().fx("USD", "1.38")
                .charge("slack", "2026-10-03", "100.00", "USD")   // 138.00 CAD
                .charge("slack", "2026-10-20", "-20.00", "USD")   // −27.60 CAD
                .charge("slack", "2026-09-30", "500.00", "CAD")   // not in the period
                .charge("slack", "2026-10-05", "10.00", null)     // blank currency = report currency
                .analyse();
        // 138.00 − 27.60 + 10.00 = 120.40
        assertThat(result.tool("slack").spendInPeriod()).isEqualByComparingTo("120.40");
        assertThat(result.tool("slack").billingLinesInPeriod()).isEqualTo(3);
    }

    @Test
    void taxesAreSummedApartAndNeverCountAsSpend() {
        AnalysisResult result = new Scenario().fx("USD", "1.38")
                .charge("slack", "2026-10-03", "100.00", "USD")   // 138.00 CAD of spend
                .tax("slack", "2026-10-03", "13.00", "USD")        // 17.94 CAD of tax
                .tax("figma", "2026-10-04", "5.00", null)          // 5.00 CAD, a tool with no spend
                .tax("slack", "2026-09-03", "13.00", "USD")        // not in the period
                .analyse();
        assertThat(result.tool("slack").spendInPeriod()).isEqualByComparingTo("138.00");
        assertThat(result.tool("slack").annualCost()).isEqualByComparingTo("1656.00");   // 138 × 12, no tax in it
        assertThat(result.tools()).extracting(ToolSummary::id).containsExactly("slack");  // a tax alone lists no tool
        assertThat(result.totals().spendInPeriod()).isEqualByComparingTo("138.00");
        assertThat(result.totals().taxInPeriod()).isEqualByComparingTo("22.94");          // 17.94 + 5.00
    }

    @Test
    void creditsNettingAToolToZeroLeaveItListedWithNothingToDo() {
        AnalysisResult result = new Scenario()
                .charge("figma", "2026-10-02", "45.00", "CAD")
                .charge("figma", "2026-10-09", "-45.00", "CAD")
                .analyse();
        ToolSummary figma = result.tool("figma");
        assertThat(figma.spendInPeriod()).isEqualByComparingTo("0");
        assertThat(figma.annualCost()).isEqualByComparingTo("0");        // 0 × 12, estimated from billing
        assertThat(figma.costSource()).isEqualTo(CostSource.BILLING);
        assertThat(result.findings()).isEmpty();                          // spend 0 is not an untracked subscription
        assertThat(result.totals().spendInPeriod()).isEqualByComparingTo("0");
    }

    @Test
    void aCurrencyWithoutARateIsRejectedNeverConvertedOneToOne() {
        AnalysisResult result = new Scenario().fx("USD", "1.38")
                .charge("slack", "2026-10-03", "100.00", "GBP")
                .charge("slack", "2026-10-04", "10.00", "CAD")
                .analyse();
        assertThat(result.tool("slack").spendInPeriod()).isEqualByComparingTo("10.00");
        assertThat(result.rejections()).extracting(r -> r.field(), r -> r.value(), r -> English.of(r.reason()))
                .containsExactly(
                        tuple("CURRENCY", "GBP", "no FX rate for GBP: add it to the FX rates file; the amount is not counted"));
    }

    /** The row's money cannot be counted, but the tool is still licensed: seats, renewal, never "untracked". */
    @Test
    void aLicenseRowWithoutARateKeepsItsSeatsAndRenewalButNotItsCost() {
        LicenseRow gbp = new LicenseRow(SourceRef.csv("l.xlsx", 2), "Figma", "figma", null, 10, new BigDecimal("12"),
                MONTHLY, "GBP", LocalDate.of(2026, 11, 20), 60, "Ops", null, null, null, null, null);
        AnalysisResult result = new Scenario().license(gbp).charge("figma", "2026-10-03", "150.00", "CAD").analyse();
        ToolSummary figma = result.tool("figma");
        assertThat(figma.seats()).isEqualTo(10);
        assertThat(figma.costSource()).isEqualTo(CostSource.LICENSES);
        assertThat(figma.annualCost()).isEqualByComparingTo("0");
        assertThat(result.findings()).extracting(Finding::type).containsExactly(FindingType.RENEWAL);
        assertThat(result.renewals()).singleElement().satisfies(r -> {
            assertThat(r.overdue()).isTrue();
            assertThat(r.annualCost()).isNull();
        });
        assertThat(result.rejections()).as("the row is used, for its seats and renewal").isEmpty();
        assertThat(result.notes()).filteredOn(n -> n.field().equals("CURRENCY")).singleElement()
                .satisfies(n -> assertThat(English.of(n.message())).endsWith("(the row's seats and renewal still count)"));
        // its cost is money not counted: 10 seats × 12 GBP × 12 months, in GBP
        assertThat(result.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(InputKind.LICENSES);
            assertThat(n.cause()).isEqualTo(NotCounted.Cause.NO_FX_RATE);
            assertThat(n.amounts()).containsOnlyKeys("GBP");
            assertThat(n.amounts().get("GBP")).isEqualByComparingTo("1440");
        });
    }

    @Test
    void aBlankBillingCycleIsTakenAsMonthlyAndSaidSo() {
        LicenseRow blank = new LicenseRow(SourceRef.csv("l.xlsx", 2), "Figma", "figma", null, 2, new BigDecimal("10"),
                null, "CAD", null, null, null, null, null, null, null, null);
        AnalysisResult result = new Scenario().license(blank).analyse();
        assertThat(result.tool("figma").annualCost()).isEqualByComparingTo("240");   // 2 × 10 × 12
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.field()).isEqualTo("CYCLE"));
    }

    @Test
    void creditsExceedingChargesNeverMakeANegativeAnnualCost() {
        AnalysisResult result = new Scenario().charge("figma", "2026-10-09", "-45.00", "CAD").analyse();
        assertThat(result.tool("figma").spendInPeriod()).isEqualByComparingTo("-45");
        assertThat(result.tool("figma").annualCost()).isEqualByComparingTo("0");
        assertThat(result.totals().annualCost()).isEqualByComparingTo("0");
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(English.of(n.message())).contains("taken as 0"));
    }

    @Test
    void anUnusedToolInAnOverlapGetsOneAction() {
        AnalysisResult result = new Scenario()
                .license("zoom", 10, "10.00", MONTHLY, "CAD")
                .license("webex", 5, "20.00", MONTHLY, "CAD")
                .activeSeats("zoom", "z", 8)
                .inactiveSeats("webex", "w", 5)
                .analyse();
        assertThat(result.findings()).filteredOn(f -> f.toolId().equals("webex")).extracting(Finding::type)
                .containsExactly(FindingType.UNUSED);
        assertThat(result.tool("webex").annualSavings()).isEqualByComparingTo("1200");
    }

    @Test
    void severalPlansAddUpSeatsAndCost() {
        AnalysisResult result = new Scenario().fx("USD", "1.50")
                .license("zoom", 30, "15.00", MONTHLY, "USD")   // 30 × 15 × 12 × 1.5 = 8,100
                .license("zoom", 10, "200.00", ANNUAL, "CAD")   // 10 × 200 = 2,000
                .analyse();
        ToolSummary zoom = result.tool("zoom");
        assertThat(zoom.seats()).isEqualTo(40);
        assertThat(zoom.annualCost()).isEqualByComparingTo("10100");
        assertThat(zoom.monthlySeatPrice()).isEqualByComparingTo("21.04166666666666666666666666666667"); // 10,100 / 40 / 12
        assertThat(zoom.costSource()).isEqualTo(CostSource.LICENSES);
    }

    @Test
    void underusedToolReclaimsSeatsAboveActiveUsersPlusHeadroom() {
        Scenario scenario = new Scenario()
                .license("figma", 20, "15.00", MONTHLY, "CAD")     // 3,600 a year
                .activeSeats("figma", "a", 10)
                .seat("figma", "old@co.ca", 45)
                .seat("figma", "never@co.ca", null)
                .departed("figma", "gone@co.ca", 2);
        AnalysisResult result = scenario.analyse();
        ToolSummary figma = result.tool("figma");
        // 10 active of 20 seats = 0.50 < 0.80; reclaimable = 20 − ceil(10 × 1.1) = 9; 9 × 3,600 / 20 = 1,620
        assertThat(figma.activeUsers()).isEqualTo(10);
        assertThat(figma.utilization()).isEqualByComparingTo("0.5");
        assertThat(figma.reclaimableSeats()).isEqualTo(9);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.UNDERUSED);
            assertThat(f.annualSavings()).isEqualByComparingTo("1620");
        });
        assertThat(figma.annualSavings()).isEqualByComparingTo("1620");
        assertThat(figma.seatCounts()).isEqualTo(new SeatCounts(10, 0, 1, 1, 1, 0, 7)); // 20 seats − 13 holders
        assertThat(result.seatsToReclaim()).extracting(SeatToReclaim::user, SeatToReclaim::state, SeatToReclaim::daysInactive)
                .containsExactly(tuple("gone@co.ca", SeatState.DEPARTED, 2L),
                        tuple("never@co.ca", SeatState.NEVER_ACTIVE, null),
                        tuple("old@co.ca", SeatState.INACTIVE, 45L));
    }

    @Test
    void aDepartedHolderIsNeverActiveWhateverItsDate() {
        AnalysisResult result = new Scenario().license("slack", 1, "8.00", MONTHLY, "CAD")
                .departed("slack", "gone@co.ca", 0).analyse();
        assertThat(result.tool("slack").activeUsers()).isZero();
        assertThat(result.findings()).extracting(Finding::type).containsExactly(FindingType.UNUSED);
    }

    @Test
    void unusedWinsOverUnderusedAndSavesTheWholeAnnualCost() {
        AnalysisResult result = new Scenario()
                .license("figma", 15, "10.00", MONTHLY, "CAD")   // 1,800 a year
                .inactiveSeats("figma", "x", 12)
                .analyse();
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).type()).isEqualTo(FindingType.UNUSED);
        assertThat(result.findings().get(0).annualSavings()).isEqualByComparingTo("1800");
        assertThat(result.tool("figma").reclaimableSeats()).isEqualTo(15);
    }

    @Test
    void aToolWithoutUsageDataIsNeverCalledUnused() {
        AnalysisResult result = new Scenario().license("figma", 15, "10.00", MONTHLY, "CAD").analyse();
        ToolSummary figma = result.tool("figma");
        assertThat(figma.usageData()).isFalse();
        assertThat(figma.activeUsers()).isNull();
        assertThat(figma.utilization()).isNull();
        assertThat(figma.reclaimableSeats()).isNull();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anExemptToolGetsNoSavingsFindingAndNothingToReclaim() {
        AnalysisResult result = new Scenario()
                .license(new LicenseRow(SourceRef.csv("l.xlsx", 2), "Figma", "figma", null, 20, new BigDecimal("10"),
                        MONTHLY, "CAD", null, null, null, null, null, null, true, null))
                .activeSeats("figma", "a", 5)
                .analyse();
        assertThat(result.tool("figma").exempt()).isTrue();
        assertThat(result.tool("figma").utilization()).isEqualByComparingTo("0.25");
        assertThat(result.tool("figma").reclaimableSeats()).isZero();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void untrackedSubscriptionIsEstimatedAtTwelveTimesThePeriod() {
        AnalysisResult result = new Scenario().charge("figma", "2026-10-12", "49.68", "CAD").analyse();
        assertThat(result.findings()).singleElement().isInstanceOfSatisfying(Finding.Untracked.class, f -> {
            assertThat(f.annualSavings()).isEqualByComparingTo("0");
            assertThat(f.estimatedAnnualCost()).isEqualByComparingTo("596.16");
        });
        assertThat(result.tool("figma").annualCost()).isEqualByComparingTo("596.16");
    }

    /** An annual invoice of a tool without a license row is its year: 1 200 CAD, not 14 400; a monthly add-on ×12. */
    @Test
    void anUntrackedAnnualInvoiceIsNeverMultipliedByTwelve() {
        AnalysisResult result = new Scenario().annualCharge("figma", "2026-10-12", "1200.00", "CAD")
                .charge("figma", "2026-10-20", "10.00", "CAD").analyse();
        assertThat(result.tool("figma").annualCost()).isEqualByComparingTo("1320.00");   // 1 200 + 10 × 12
        assertThat(result.findings()).singleElement().isInstanceOfSatisfying(Finding.Untracked.class,
                f -> assertThat(f.estimatedAnnualCost()).isEqualByComparingTo("1320.00"));
    }

    @Test
    void overlapKeepsTheMostUsedToolAndPricesMovingTheOthers() {
        AnalysisResult result = new Scenario()
                .license("zoom", 10, "10.00", MONTHLY, "CAD")    // 1,200 a year, 10 a seat-month
                .license("webex", 5, "20.00", MONTHLY, "CAD")    // 1,200 a year
                .activeSeats("zoom", "z", 8)
                .activeSeats("webex", "w", 2)                    // w1, w2 not in zoom: 2 movers
                .seat("webex", "z1@co.ca", 1)                    // z1 also uses zoom
                .analyse();
        OverlapGroup group = result.overlaps().get(0);
        assertThat(group.keptToolId()).isEqualTo("zoom");
        assertThat(group.sharedActiveUsers()).isEqualTo(1);
        OverlapGroup.Member webex = group.members().stream().filter(m -> m.toolId().equals("webex")).findFirst().orElseThrow();
        // migration = 2 × 10 × 12 = 240; savings = 1,200 − 240 = 960
        assertThat(webex.movers()).isEqualTo(2);
        assertThat(webex.activeInBoth()).isEqualTo(1);
        assertThat(webex.migrationCost()).isEqualByComparingTo("240");
        assertThat(webex.savings()).isEqualByComparingTo("960");
        // Webex is also underused: 3 of 5, reclaim 5 − ceil(3.3) = 1 → 240; the larger (960) counts once
        assertThat(result.tool("webex").annualSavings()).isEqualByComparingTo("960");
        assertThat(result.totals().savingsByType().get(FindingType.OVERLAP)).isEqualByComparingTo("960");
    }

    @Test
    void overlapTieGoesToTheCheaperSeatThenToTheName() {
        AnalysisResult cheaper = new Scenario()
                .license("zoom", 10, "20.00", MONTHLY, "CAD")
                .license("webex", 10, "10.00", MONTHLY, "CAD")
                .activeSeats("zoom", "z", 9).activeSeats("webex", "w", 9)
                .analyse();
        assertThat(cheaper.overlaps().get(0).keptToolId()).isEqualTo("webex");

        AnalysisResult samePrice = new Scenario()
                .license("zoom", 10, "10.00", MONTHLY, "CAD")
                .license("webex", 10, "10.00", MONTHLY, "CAD")
                .activeSeats("zoom", "z", 9).activeSeats("webex", "w", 9)
                .analyse();
        assertThat(samePrice.overlaps().get(0).keptToolId()).isEqualTo("webex"); // "Webex" < "Zoom"
    }

    @Test
    void aFreeToolWithUsageJoinsTheGroupAndCanBeKept() {
        AnalysisResult result = new Scenario()
                .license("zoom", 10, "10.00", MONTHLY, "CAD")
                .license("webex", 10, "10.00", MONTHLY, "CAD")
                .activeSeats("zoom", "z", 3).activeSeats("webex", "w", 2).activeSeats("meet", "m", 20)
                .analyse();
        OverlapGroup group = result.overlaps().get(0);
        assertThat(group.keptToolId()).isEqualTo("meet");
        // seat price 0: moving costs nothing, each paid tool saves its whole annual cost
        assertThat(group.members()).extracting(OverlapGroup.Member::toolId, OverlapGroup.Member::role)
                .containsExactly(tuple("meet", OverlapGroup.Role.KEPT), tuple("webex", OverlapGroup.Role.CONSOLIDATE),
                        tuple("zoom", OverlapGroup.Role.CONSOLIDATE));
        assertThat(result.totals().identifiedAnnualSavings()).isEqualByComparingTo("2400");
    }

    @Test
    void aCategoryWithOnlyOnePaidToolHasNoOverlap() {
        AnalysisResult result = new Scenario()
                .license("zoom", 10, "10.00", MONTHLY, "CAD")
                .activeSeats("zoom", "z", 3).activeSeats("meet", "m", 20)
                .analyse();
        assertThat(result.overlaps()).isEmpty();
    }

    @Test
    void renewalsWithinTheHorizonGetActByDatesAndUrgency() {
        Scenario scenario = new Scenario().activeSeats("slack", "s", 10);
        scenario.license(renewing("slack", "2026-11-20", 60));   // act by 2026-09-21: overdue, critical
        scenario.license(renewing("slack", "2026-12-15", null)); // act by 2026-11-15: 15 days, high
        scenario.license(renewing("slack", "2027-01-29", 0));    // act by = renewal, 90 days: low
        scenario.license(renewing("slack", "2027-01-30", 30));   // beyond the horizon
        scenario.license(renewing("slack", "2026-10-31", 30));   // stale: on the as-of date
        AnalysisResult result = scenario.analyse();
        assertThat(result.renewals()).extracting(RenewalItem::actBy, RenewalItem::daysToAct, RenewalItem::urgency,
                        RenewalItem::overdue, RenewalItem::recommendedSeats)
                .containsExactly(
                        tuple(LocalDate.of(2026, 9, 21), -40L, Urgency.CRITICAL, true, 11),
                        tuple(LocalDate.of(2026, 11, 15), 15L, Urgency.HIGH, false, 11),
                        tuple(LocalDate.of(2027, 1, 29), 90L, Urgency.LOW, false, 11));
        assertThat(result.notes()).singleElement()
                .satisfies(n -> assertThat(English.of(n.message())).contains("update the register"));
        assertThat(result.findings()).filteredOn(f -> f.type() == FindingType.RENEWAL).hasSize(3)
                .allSatisfy(f -> assertThat(f.annualSavings()).isEqualByComparingTo("0"));
    }

    @Test
    void aKnownCategoryNameInTheRegisterOverridesTheCatalogAndAnUnknownOneIsReported() {
        AnalysisResult known = new Scenario().license(categorised("figma", "Visioconférence")).analyse();
        assertThat(known.tool("figma").category().id()).isEqualTo("video");

        AnalysisResult unknown = new Scenario().license(categorised("figma", "Gadgets")).analyse();
        assertThat(unknown.tool("figma").category().id()).isEqualTo("design");
        assertThat(unknown.notes()).singleElement().satisfies(n -> assertThat(n.value()).isEqualTo("Gadgets"));
    }

    @Test
    void totalsCountEachToolOnceAndActiveUsersAsPeople() {
        AnalysisResult result = new Scenario()
                .license("figma", 10, "10.00", MONTHLY, "CAD")
                .activeSeats("figma", "a", 2)                  // underused: 10 − ceil(2.2) = 7 → 7 × 1,200/10 = 840
                .activeSeats("slack", "a", 3)                   // a1, a2 also in figma: 3 people in all
                .charge("slack", "2026-10-01", "30.00", "CAD")
                .charge(null, "2026-10-02", "99.00", "CAD")     // unrecognised, not in the total
                .analyse();
        Totals totals = result.totals();
        assertThat(totals.spendInPeriod()).isEqualByComparingTo("30");
        assertThat(totals.unrecognisedSpend()).isEqualByComparingTo("99");
        assertThat(totals.annualCost()).isEqualByComparingTo("1560");  // 1,200 + 30 × 12
        assertThat(totals.identifiedAnnualSavings()).isEqualByComparingTo("840");
        assertThat(totals.activeUsers()).isEqualTo(3);
        assertThat(totals.tools()).isEqualTo(2);
        assertThat(result.unrecognised()).singleElement().satisfies(g -> {
            assertThat(g.descriptor()).isEqualTo("acme");
            assertThat(g.lines()).isEqualTo(1);
        });
    }

    @Test
    void aToolOwnInactivityWindowReplacesTheDefault() {
        LicenseRow row = new LicenseRow(SourceRef.csv("l.xlsx", 2), "Figma", "figma", null, 2, new BigDecimal("10"),
                MONTHLY, "CAD", null, null, null, null, null, 60, null, null);
        AnalysisResult result = new Scenario().license(row).seat("figma", "a@co.ca", 45).seat("figma", "b@co.ca", 61)
                .analyse();
        assertThat(result.tool("figma").activeUsers()).isEqualTo(1);
    }

    private static LicenseRow renewing(String tool, String renewal, Integer notice) {
        return new LicenseRow(SourceRef.csv("l.xlsx", 2), tool, tool, null, 10, new BigDecimal("8"), BillingCycle.ANNUAL,
                "CAD", LocalDate.parse(renewal), notice, "Ops", null, null, null, null, null);
    }

    private static LicenseRow categorised(String tool, String category) {
        return new LicenseRow(SourceRef.csv("l.xlsx", 2), tool, tool, null, 1, BigDecimal.ONE, MONTHLY, "CAD", null,
                null, null, null, category, null, null, null);
    }
}
