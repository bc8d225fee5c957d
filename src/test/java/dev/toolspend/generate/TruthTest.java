package dev.toolspend.generate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison itself: a figure that is missing is a difference, even where the other side lacks it too. */
class TruthTest {

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void figuresCompareByValueAndMissingOnesNeverMatch() {
        assertThat(Truth.same(json("0.62"), json("0.6200"))).isTrue();
        assertThat(Truth.same(json("null"), json("null"))).as("both unknown, said so").isTrue();
        assertThat(Truth.same(null, null)).as("both missing: nothing was compared").isFalse();
        assertThat(Truth.same(json("12"), null)).isFalse();
        assertThat(Truth.same(json("null"), json("0"))).as("unknown is not 0").isFalse();
    }

    @Test
    void aToolWithoutItsSavingsIsADifference() {
        JsonNode truth = json("""
                {"tools": [{"id": "slack", "categoryLabel": "Team chat", "seats": 10, "activeUsers": 5, "utilization": 0.5,
                  "spendInPeriod": 1, "annualCost": 12, "annualCostSource": "licenses", "usageData": true,
                  "reclaimableSeats": 4, "annualSavings": 4.8}],
                 "totals": {"spendInPeriod": 1, "activeUsers": 5, "tools": 1, "identifiedAnnualSavings": 4.8}}""");
        JsonNode job = truth.deepCopy();
        assertThat(Truth.differences(job, truth)).isEmpty();
        ((tools.jackson.databind.node.ObjectNode) job.get("tools").get(0)).remove("annualSavings");
        ((tools.jackson.databind.node.ObjectNode) job.get("totals")).put("identifiedAnnualSavings", 5);
        assertThat(Truth.differences(job, truth)).containsExactly("slack.annualSavings: null but expected 4.8",
                "totals.identifiedAnnualSavings: 5 but expected 4.8");
    }

    private static final String MONTH = """
            {"monthOverMonth": {"previousPeriod": "2026-09", "identifiedOpenAnnualSavings": 1234.56,
               "realizedThisPeriod": 600, "realizedLast12Months": 900.5,
               "findingStates": [{"type": "UNDERUSED", "toolId": "slack", "state": "stillOpen", "openPeriods": 2},
                                 {"type": "RENEWAL", "toolId": "zoom", "state": "new", "openPeriods": 1}],
               "gone": [{"type": "UNUSED", "toolId": "x", "annualSavings": 12.00}],
               "realized": [{"type": "UNDERUSED", "toolId": "slack", "identifiedIn": "2026-09", "annualSavings": 600.00,
                             "seatsBefore": 40, "seatsAfter": 35, "seatsReclaimed": 5},
                            {"type": "UNUSED", "toolId": "loom", "identifiedIn": "2026-09", "annualSavings": 300,
                             "seatsBefore": null, "seatsAfter": null, "seatsReclaimed": null}],
               "priceChecks": [{"toolId": "x", "seats": 20, "monthlySeatPrice": 25.00, "lastYearMonthlySeatPrice": null,
                                "lastYearPercent": null, "lastYearPerYear": null, "listMonthlySeatPrice": 22.00,
                                "listPercent": 0.1364, "listPerYear": 720.00, "targetMonthlySeatPrice": 22.00,
                                "alert": true}]},
             "departments": [{"department": "Sales", "spendInPeriod": 1.00, "annualCost": 12.00,
                              "identifiedAnnualSavings": 0.00},
                             {"department": null, "spendInPeriod": 2, "annualCost": 24, "identifiedAnnualSavings": 6}]}""";

    @Test
    void theMonthOverMonthSectionComparesEntriesByKeyWhateverTheirOrder() {
        JsonNode truth = json(MONTH);
        JsonNode job = truth.deepCopy();
        reverse((tools.jackson.databind.node.ArrayNode) job.get("monthOverMonth").get("findingStates"));
        reverse((tools.jackson.databind.node.ArrayNode) job.get("monthOverMonth").get("realized"));
        reverse((tools.jackson.databind.node.ArrayNode) job.get("departments"));
        ((tools.jackson.databind.node.ObjectNode) job.get("monthOverMonth")).put("realizedLast12Months", 900.50);
        assertThat(Truth.monthOverMonthDifferences(job, truth)).isEmpty();
        assertThat(Truth.departmentDifferences(job, truth)).isEmpty();
    }

    @Test
    void eachMonthOverMonthFigureThatDiffersIsNamed() {
        JsonNode truth = json(MONTH);
        JsonNode job = truth.deepCopy();
        var section = (tools.jackson.databind.node.ObjectNode) job.get("monthOverMonth");
        section.put("realizedThisPeriod", 0);
        ((tools.jackson.databind.node.ObjectNode) section.get("findingStates").get(0)).put("openPeriods", 1);
        ((tools.jackson.databind.node.ArrayNode) section.get("gone")).removeAll();
        ((tools.jackson.databind.node.ArrayNode) section.get("gone")).addObject().put("type", "OVERLAP")
                .put("toolId", "y").put("annualSavings", 5);
        ((tools.jackson.databind.node.ObjectNode) section.get("realized").get(1)).put("seatsBefore", 3);
        ((tools.jackson.databind.node.ObjectNode) section.get("priceChecks").get(0)).put("alert", false);
        ((tools.jackson.databind.node.ObjectNode) job.get("departments").get(1)).put("annualCost", 25);
        assertThat(Truth.monthOverMonthDifferences(job, truth)).containsExactly(
                "monthOverMonth.realizedThisPeriod: 0 but expected 600",
                "findingStates[UNDERUSED slack].openPeriods: 1 but expected 2",
                "gone[OVERLAP y] is not expected",
                "gone[UNUSED x] is missing",
                "realized[UNUSED loom].seatsBefore: 3 but expected null",
                "priceChecks[x].alert: false but expected true");
        assertThat(Truth.departmentDifferences(job, truth))
                .containsExactly("departments[unassigned].annualCost: 25 but expected 24");
    }

    @Test
    void aJobWithoutTheSectionsIsOneDifferenceEach() {
        JsonNode truth = json(MONTH);
        JsonNode job = json("{\"tools\": []}");
        assertThat(Truth.monthOverMonthDifferences(job, truth)).containsExactly("monthOverMonth is missing");
        assertThat(Truth.departmentDifferences(job, truth)).containsExactly("departments is missing");
    }

    private static void reverse(tools.jackson.databind.node.ArrayNode array) {
        List<JsonNode> entries = new ArrayList<>();
        array.forEach(entries::add);
        java.util.Collections.reverse(entries);
        array.removeAll();
        entries.forEach(array::add);
    }
}
