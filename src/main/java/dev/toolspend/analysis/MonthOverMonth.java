package dev.toolspend.analysis;

import dev.toolspend.model.Period;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What changed since the previous period run (PRODUCT.md, "Month over month"); unrounded.
 *
 * @param previousPeriod         the period compared with, null when history holds none before this one
 * @param states                 each finding of this period: new, or open for how many consecutive periods
 * @param gone                   findings of the previous period that are not here and were not acted on
 * @param realized               savings the files show acted on in this period, each tool once
 * @param realizedLast12Months   realized in the twelve periods ending with this one
 * @param identifiedOpen         the current findings' savings, counted each tool once, less those of findings set
 *                               aside ("won't do": {@link DecisionRules#openSavings})
 * @param ledger                 the realized savings of the twelve periods ending with this one, newest first
 */
public record MonthOverMonth(Period previousPeriod, Map<Key, State> states, List<History.OpenFinding> gone,
                             List<RealizedSaving> realized, BigDecimal realizedThisPeriod,
                             BigDecimal realizedLast12Months, BigDecimal identifiedOpen, Trend trend,
                             List<RealizedSaving> ledger) {

    public MonthOverMonth {
        states = Map.copyOf(states);
        gone = List.copyOf(gone);
        realized = List.copyOf(realized);
        ledger = List.copyOf(ledger);
    }

    /** A finding's identity across periods. */
    public record Key(FindingType type, String toolId) {
        public static Key of(Finding finding) {
            return new Key(finding.type(), finding.toolId());
        }
    }

    /** New (open 1 period) or still open for {@code openPeriods} consecutive periods. */
    public record State(boolean isNew, int openPeriods) {
    }

    /** The same, with the open savings that the decisions leave. */
    public MonthOverMonth withIdentifiedOpen(BigDecimal open) {
        return new MonthOverMonth(previousPeriod, states, gone, realized, realizedThisPeriod, realizedLast12Months,
                open, trend, ledger);
    }

    public State state(Finding finding) {
        return states.getOrDefault(Key.of(finding), new State(true, 1));
    }
}
