package dev.toolspend.generate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
}
