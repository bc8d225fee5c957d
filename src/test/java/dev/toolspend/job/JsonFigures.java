package dev.toolspend.job;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Compares two JSON reports figure by figure: numbers by value (0.62 = 0.6200), everything else exactly. */
public final class JsonFigures {

    private JsonFigures() {
    }

    /**
     * The report's figures as the golden derivation gives them: without its sentences (findings' details, what was
     * not counted), which are wording, and without Data quality's listings per table and per row, which
     * CountsAgreeIT checks against the workbook and the console.
     */
    public static JsonNode withoutDetails(JsonNode report) {
        JsonNode copy = report.deepCopy();
        copy.get("findings").forEach(f -> ((ObjectNode) f).remove("detail"));
        copy.get("totals").get("notCounted").forEach(n -> ((ObjectNode) n).remove("text"));
        ((ObjectNode) copy.get("dataQuality")).remove(java.util.List.of("tables", "issues"));
        return copy;
    }

    public static List<String> differences(JsonNode actual, JsonNode expected) {
        List<String> out = new ArrayList<>();
        compare("$", actual, expected, out);
        return out;
    }

    private static void compare(String path, JsonNode actual, JsonNode expected, List<String> out) {
        if (expected.isNumber() && actual.isNumber()) {
            if (actual.decimalValue().compareTo(expected.decimalValue()) != 0) {
                out.add(path + ": " + actual + " but expected " + expected);
            }
        } else if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                if (!actual.has(name) || !expected.has(name)) {
                    out.add(path + "." + name + (actual.has(name) ? " is not expected" : " is missing"));
                } else {
                    compare(path + "." + name, actual.get(name), expected.get(name), out);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (actual.size() != expected.size()) {
                out.add(path + ": " + actual.size() + " elements but expected " + expected.size());
            }
            for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
                compare(path + "[" + i + "]", actual.get(i), expected.get(i), out);
            }
        } else if (!actual.equals(expected)) {
            out.add(path + ": " + actual + " but expected " + expected);
        }
    }
}
