package dev.toolspend.model;

import java.util.List;

/**
 * What one workbook held of decisions: one per finding row (blank statuses included, as {@code TO_DO}), and what
 * could not be read (a broken or foreign file, an unknown status), for Data quality.
 */
public record DecisionsRead(List<Decision> decisions, List<DataNote> problems) {

    public DecisionsRead {
        decisions = List.copyOf(decisions);
        problems = List.copyOf(problems);
    }

    public static DecisionsRead problem(DataNote problem) {
        return new DecisionsRead(List.of(), List.of(problem));
    }
}
