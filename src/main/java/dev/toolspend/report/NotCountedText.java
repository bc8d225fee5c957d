package dev.toolspend.report;

import dev.toolspend.analysis.NotCounted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sentence that says what the figures leave out, one per kind and cause ("Not counted: 23 billing lines,
 * 4,312.50 USD and 210.00 EUR — no FX rate for EUR, USD"): the Summary's first lines, the console's last ones,
 * and the JSON's {@code totals.notCounted}. Labels {@code notCounted.<KIND>.<CAUSE>}.
 */
public final class NotCountedText {

    private final Labels labels;

    public NotCountedText(Labels labels) {
        this.labels = labels;
    }

    public List<String> lines(List<NotCounted> notCounted) {
        return notCounted.stream().map(this::line).toList();
    }

    public String line(NotCounted n) {
        return labels.get("notCounted." + n.kind() + "." + n.cause(), n.count(), amounts(n),
                String.join(", ", n.currencies()));
    }

    /** "4 312,50 USD et 210,00 EUR", and how many rows had no readable amount. */
    private String amounts(NotCounted n) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> amount : n.amounts().entrySet()) {
            parts.add(Formats.withCode(labels.locale(), amount.getValue(), amount.getKey()));
        }
        String listed = parts.isEmpty() ? "" : parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + labels.get("notCounted.and")
                + parts.get(parts.size() - 1);
        if (n.withoutAmount() == 0) {
            return listed;
        }
        return listed.isEmpty() ? labels.get("notCounted.noAmount", n.withoutAmount())
                : listed + "; " + labels.get("notCounted.withoutAmount", n.withoutAmount());
    }
}
