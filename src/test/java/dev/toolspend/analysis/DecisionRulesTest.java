package dev.toolspend.analysis;

import dev.toolspend.model.DecisionStatus;
import dev.toolspend.model.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Decisions carried forward (docs/figures.md, "Decisions"): carry, the won't-do window, the open savings. */
class DecisionRulesTest {

    /**
     * October: Slack 10 seats at $12, 2 active (reclaim 7 × $12 × 12 = $1,008); Zoom 5 seats at $15, nobody active
     * (cancel: 5 × $15 × 12 = $900). Identified: 1,008 + 900 = $1,908.
     */
    private static Scenario october() {
        return new Scenario()
                .licenseOf(null, "slack", 10, "12.00", null).activeSeats("slack", "s", 2).inactiveSeats("slack", "i", 8)
                .licenseOf(null, "zoom", 5, "15.00", null).inactiveSeats("zoom", "z", 5);
    }

    @Test
    void eachDecisionGoesToTheFindingOfItsTypeAndTool() {
        AnalysisResult result = october()
                .decision("UNDERUSED:slack", DecisionStatus.WONT_DO, "sales needs spare seats for hires", "2026-09")
                .decision("UNUSED:zoom", DecisionStatus.DONE, "cancelled on the 28th", "2026-09")
                .decision("OVERLAP:figma", DecisionStatus.IN_PROGRESS, "", "2026-09")
                .analyse();
        assertThat(result.totals().identifiedAnnualSavings()).isEqualByComparingTo("1908");
        assertThat(result.decisions()).extracting(d -> d.key().type(), d -> d.key().toolId(), CarriedDecision::status,
                        CarriedDecision::setAside, CarriedDecision::notYetSeen)
                .containsExactly(tuple(FindingType.UNUSED, "zoom", DecisionStatus.DONE, false, true),
                        tuple(FindingType.UNDERUSED, "slack", DecisionStatus.WONT_DO, true, false));
        // open = identified − the counted savings of Slack, set aside: 1,908 − 1,008 = 900; the total stays 1,908
        assertThat(result.monthOverMonth().identifiedOpen()).isEqualByComparingTo("900");
        // Figma has no finding this period: its decision is dropped, and Data quality says so
        assertThat(result.notes()).anySatisfy(n -> {
            assertThat(n.value()).isEqualTo("OVERLAP:figma");
            assertThat(n.message().key()).isEqualTo("decisions.dropped");
        });
    }

    @Test
    void wontDoSetsAsideForTheMonthsConfiguredThenComesBackToDo() {
        // decided in April, 6 months: set aside up to October; decided in March: back to do in October
        assertThat(DecisionRules.setAside(Period.parse("2026-04"), Period.parse("2026-10"), 6)).isTrue();
        assertThat(DecisionRules.setAside(Period.parse("2026-03"), Period.parse("2026-10"), 6)).isFalse();
        assertThat(DecisionRules.setAside(Period.parse("2026-09"), Period.parse("2026-10"), 0)).isFalse();

        AnalysisResult expired = october()
                .decision("UNDERUSED:slack", DecisionStatus.WONT_DO, "hires", "2026-03").analyse();
        assertThat(expired.decisions()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DecisionStatus.TO_DO);
            assertThat(d.expired()).isTrue();
        });
        assertThat(expired.monthOverMonth().identifiedOpen()).isEqualByComparingTo("1908");

        AnalysisResult shorter = october().parameters(new Parameters(30, new BigDecimal("0.80"),
                        new BigDecimal("0.10"), 90, 30, Parameters.DEFAULT_PRICE_RISE_ALERT,
                        Parameters.DEFAULT_SPEND_RISE_ALERT, 2))
                .decision("UNDERUSED:slack", DecisionStatus.WONT_DO, "hires", "2026-07").analyse();
        assertThat(shorter.setAside(shorter.findings().stream()
                .filter(f -> f.type() == FindingType.UNDERUSED).findFirst().orElseThrow())).isFalse();
    }

    @Test
    void aToolSetAsideOnOneFindingCountsTheLargestOfItsOthers() {
        AnalysisResult result = october().analyse();
        Finding underused = result.findings().stream().filter(f -> f.type() == FindingType.UNDERUSED).findFirst()
                .orElseThrow();
        Finding overlap = new Finding.Overlap("slack", new BigDecimal("300"), "teams", "team-chat", 2, 2, 0,
                new BigDecimal("1440"), BigDecimal.ZERO);
        List<Finding> findings = List.of(underused, overlap);
        Set<MonthOverMonth.Key> aside = Set.of(MonthOverMonth.Key.of(underused));
        // Slack counts 1,008 (its largest); with the reclaim set aside it counts its overlap, 300:
        // open = 1,908 − (1,008 − 300) = 1,200
        assertThat(DecisionRules.openSavings(new BigDecimal("1908"), result.tools(), findings, aside))
                .isEqualByComparingTo("1200");
        // nothing set aside: open = identified
        assertThat(DecisionRules.openSavings(new BigDecimal("1908"), result.tools(), findings, Set.of()))
                .isEqualByComparingTo("1908");
    }

    @Test
    void aDecisionThatSaysNothingIsNotCarried() {
        AnalysisResult result = october().decision("UNDERUSED:slack", DecisionStatus.TO_DO, "", "2026-09")
                .decision("UNUSED:zoom", DecisionStatus.TO_DO, "ask Marie", "2026-09").analyse();
        assertThat(result.decisions()).extracting(d -> d.key().toolId(), d -> d.decision().comment())
                .containsExactly(tuple("zoom", "ask Marie"));
        assertThat(result.notes()).noneMatch(n -> n.message().key().startsWith("decisions."));
    }
}
