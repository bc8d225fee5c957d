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

    /** The month-over-month figures that differ between the job's section and the truth's, as text. */
    static List<String> monthOverMonthDifferences(JsonNode job, JsonNode expected) {
        List<String> out = new ArrayList<>();
        JsonNode found = job.get("monthOverMonth");
        JsonNode truth = expected.get("monthOverMonth");
        if (found == null || !found.isObject()) {
            out.add("monthOverMonth is missing");
            return out;
        }
        for (String figure : MONTH_FIGURES) {
            compare("monthOverMonth." + figure, found.get(figure), truth.get(figure), out);
        }
        compareLists("findingStates", keyed(found.get("findingStates"), "type", "toolId"),
                keyed(truth.get("findingStates"), "type", "toolId"), List.of("state", "openPeriods"), out);
        compareLists("gone", keyed(found.get("gone"), "type", "toolId"), keyed(truth.get("gone"), "type", "toolId"),
                List.of("annualSavings"), out);
        compareLists("realized", keyed(found.get("realized"), "type", "toolId"),
                keyed(truth.get("realized"), "type", "toolId"), REALIZED_FIGURES, out);
        compareLists("priceChecks", keyed(found.get("priceChecks"), "toolId"), keyed(truth.get("priceChecks"), "toolId"),
                PRICE_FIGURES, out);
        return out;
    }

    /** The departments that differ (by name, unassigned as null), figure by figure, as text. */
    static List<String> departmentDifferences(JsonNode job, JsonNode expected) {
        List<String> out = new ArrayList<>();
        compareLists("departments", keyed(job.get("departments"), "department"),
                keyed(expected.get("departments"), "department"), DEPARTMENT_FIGURES, out);
        return out;
    }

    static final List<String> MONTH_FIGURES = List.of("previousPeriod", "identifiedOpenAnnualSavings",
            "realizedThisPeriod", "realizedLast12Months");
    static final List<String> REALIZED_FIGURES = List.of("identifiedIn", "annualSavings", "seatsBefore", "seatsAfter",
            "seatsReclaimed");
    static final List<String> PRICE_FIGURES = List.of("seats", "monthlySeatPrice", "lastYearMonthlySeatPrice",
            "lastYearPercent", "lastYearPerYear", "listMonthlySeatPrice", "listPercent", "listPerYear",
            "targetMonthlySeatPrice", "alert");
    static final List<String> DEPARTMENT_FIGURES = List.of("spendInPeriod", "annualCost", "identifiedAnnualSavings");

    private static void compare(String where, JsonNode found, JsonNode truth, List<String> out) {
        if (!same(found, truth)) {
            out.add(where + ": " + found + " but expected " + truth);
        }
    }

    /** Two lists of entries, matched by key whatever their order: entries on one side only, then figure by figure. */
    private static void compareLists(String name, Map<String, JsonNode> found, Map<String, JsonNode> truth,
                                     List<String> figures, List<String> out) {
        if (found == null || truth == null) {
            out.add(name + (found == null ? " is missing" : " is not in the truth"));
            return;
        }
        found.keySet().stream().filter(k -> !truth.containsKey(k)).forEach(k -> out.add(name + "[" + k + "] is not expected"));
        truth.forEach((key, expected) -> {
            JsonNode entry = found.get(key);
            if (entry == null) {
                out.add(name + "[" + key + "] is missing");
                return;
            }
            for (String figure : figures) {
                compare(name + "[" + key + "]." + figure, entry.get(figure), expected.get(figure), out);
            }
        });
    }

    /** An array's entries by the values of the fields given (null shown as "unassigned"); null when it is no array. */
    private static Map<String, JsonNode> keyed(JsonNode array, String... fields) {
        if (array == null || !array.isArray()) {
            return null;
        }
        Map<String, JsonNode> out = new TreeMap<>();
        array.forEach(entry -> {
            List<String> key = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = entry.get(field);
                key.add(value == null || value.isNull() ? "unassigned" : value.asString());
            }
            out.put(String.join(" ", key), entry);
        });
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
