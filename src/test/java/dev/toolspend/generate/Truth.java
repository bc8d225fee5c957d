package dev.toolspend.generate;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares the job's JSON with the figures the generator knows are true. */
final class Truth {

    static final List<String> TOOL_FIGURES = List.of("categoryLabel", "seats", "activeUsers", "utilization",
            "spendInPeriod", "annualCost", "annualCostSource", "usageData", "reclaimableSeats", "annualSavings");

    private Truth() {
    }

    /** Every figure that differs, as text; empty when the job found the truth. */
    static List<String> differences(JsonNode job, JsonNode expected) {
        List<String> out = new ArrayList<>();
        Map<String, JsonNode> jobTools = byId(job.get("tools"));
        Map<String, JsonNode> trueTools = byId(expected.get("tools"));
        if (!jobTools.keySet().equals(trueTools.keySet())) {
            out.add("tools " + jobTools.keySet() + " but expected " + trueTools.keySet());
        }
        trueTools.forEach((id, truth) -> {
            JsonNode found = jobTools.get(id);
            if (found == null) {
                return;
            }
            for (String figure : TOOL_FIGURES) {
                if (!same(found.get(figure), truth.get(figure))) {
                    out.add(id + "." + figure + ": " + found.get(figure) + " but expected " + truth.get(figure));
                }
            }
        });
        for (String total : List.of("spendInPeriod", "activeUsers", "tools", "identifiedAnnualSavings")) {
            if (!same(job.get("totals").get(total), expected.get("totals").get(total))) {
                out.add("totals." + total + ": " + job.get("totals").get(total) + " but expected "
                        + expected.get("totals").get(total));
            }
        }
        return out;
    }

    /** Numbers by value (0.62 = 0.6200); a figure missing on either side is never the same, not even as another missing one. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static Map<String, JsonNode> byId(JsonNode tools) {
        Map<String, JsonNode> out = new TreeMap<>();
        tools.forEach(t -> out.put(t.get("id").asString(), t));
        return out;
    }
}
