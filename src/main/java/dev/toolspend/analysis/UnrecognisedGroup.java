package dev.toolspend.analysis;

import java.math.BigDecimal;
import java.util.List;

/** Charges in the period that match no tool, grouped by normalised descriptor. */
public record UnrecognisedGroup(String descriptor, int lines, BigDecimal amount, List<String> examples,
                                List<String> sources) {
}
