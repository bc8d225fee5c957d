package dev.toolspend.analysis;

import dev.toolspend.model.DataNote;
import dev.toolspend.model.Period;
import dev.toolspend.model.Rejection;

import java.util.List;
import java.util.Optional;

/**
 * Everything the report shows, computed; nothing here is rounded or worded.
 *
 * @param rejections rows the analysis could not use (a currency without an FX rate)
 * @param notes      rows used, with something to fix in the inputs
 * @param notCounted money the figures leave out, by kind and cause: empty when the report is complete
 * @param priceChecks the tools renewing within the horizon, priced against their references
 * @param departments the figures per department (chargeback); they sum to the totals
 * @param monthOverMonth what changed since the previous period run
 * @param decisions   the decisions carried to this period's findings, by type and tool
 */
public record AnalysisResult(Period period, String currency, Parameters parameters, Totals totals,
                             List<ToolSummary> tools, List<Finding> findings, List<OverlapGroup> overlaps,
                             List<RenewalItem> renewals, List<SeatToReclaim> seatsToReclaim,
                             List<UnrecognisedGroup> unrecognised, List<Rejection> rejections, List<DataNote> notes,
                             List<FxTable.Entry> fxRates, List<NotCounted> notCounted,
                             List<PriceCheck> priceChecks, List<DepartmentCost> departments,
                             MonthOverMonth monthOverMonth, List<CarriedDecision> decisions) {

    /** Whether every amount the inputs hold is in the figures. */
    public boolean complete() {
        return notCounted.isEmpty();
    }

    /** What the runs of later periods read of this one. */
    public History.Snapshot snapshot() {
        return MonthOverMonthRules.snapshot(period, currency, totals, tools, findings, monthOverMonth);
    }

    /** The decision carried to a finding, if any. */
    public Optional<CarriedDecision> decision(Finding finding) {
        MonthOverMonth.Key key = MonthOverMonth.Key.of(finding);
        return decisions.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** Whether a finding is set aside: "won't do" within its window. */
    public boolean setAside(Finding finding) {
        return decision(finding).map(CarriedDecision::setAside).orElse(false);
    }

    public ToolSummary tool(String id) {
        return tools.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
