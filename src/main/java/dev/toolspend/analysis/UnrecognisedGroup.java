package dev.toolspend.analysis;

import dev.toolspend.model.Message;

import java.math.BigDecimal;
import java.util.List;

/**
 * Charges in the period that match no tool, grouped by normalised descriptor.
 *
 * @param rule why the first of its lines matched nothing (no alias, not software: advertising…)
 */
public record UnrecognisedGroup(String descriptor, int lines, BigDecimal amount, List<String> examples,
                                List<String> sources, Message rule) {

    /** Charges known not to be software (advertising, marketplace purchases): no catalog line to suggest. */
    public boolean notSoftware() {
        return rule != null && rule.key().equals("match.notSoftware");
    }
}
