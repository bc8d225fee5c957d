package dev.toolspend.analysis;

import dev.toolspend.model.Decision;
import dev.toolspend.model.DecisionStatus;

/**
 * A decision carried to this period's finding of the same type and tool.
 *
 * @param decision    as read (its status, comment, the period it was decided in, where it was read)
 * @param status      the status the new workbook shows: the one read, except a "won't do" past its window, back to do
 * @param setAside    "won't do" within its window: shown apart, not counted in the open savings
 * @param notYetSeen  marked done, but the finding is still in this period's files
 */
public record CarriedDecision(Decision decision, MonthOverMonth.Key key, DecisionStatus status, boolean setAside,
                              boolean notYetSeen) {

    /** A "won't do" whose window has passed: the finding is back to do. */
    public boolean expired() {
        return decision.status() == DecisionStatus.WONT_DO && !setAside;
    }
}
