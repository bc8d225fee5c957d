package dev.toolspend.analysis;

import dev.toolspend.model.BillingLine;
import dev.toolspend.model.Decision;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Period;
import dev.toolspend.model.RosterEntry;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.ToolDirectory;

import java.util.List;

/**
 * Everything the rules need, already read and resolved to tool ids.
 *
 * @param billing  billing lines; only those dated in the period count
 * @param holders  merged seat holders, one per tool and user (users may still be logins without a domain)
 * @param roster   the optional HR roster; empty when there is none
 * @param unread   what the inputs held that could not be used, for the money not counted
 * @param history  the periods run before this one (only those: the order months are run in changes nothing)
 * @param decisions what managers typed in the workbooks (README, "Decisions"): one per finding at most
 */
public record AnalysisInput(Period period, String currency, Parameters parameters, List<FxRate> fxRates,
                            List<BillingLine> billing, List<LicenseRow> licenses, List<SeatHolder> holders,
                            ToolDirectory directory, List<RosterEntry> roster, Unread unread, History history,
                            List<Decision> decisions) {

    public AnalysisInput {
        fxRates = List.copyOf(fxRates);
        billing = List.copyOf(billing);
        licenses = List.copyOf(licenses);
        holders = List.copyOf(holders);
        roster = List.copyOf(roster);
        unread = unread == null ? Unread.NONE : unread;
        history = history == null ? History.NONE : history.before(period, currency);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** Without decisions. */
    public AnalysisInput(Period period, String currency, Parameters parameters, List<FxRate> fxRates,
                         List<BillingLine> billing, List<LicenseRow> licenses, List<SeatHolder> holders,
                         ToolDirectory directory, List<RosterEntry> roster, Unread unread, History history) {
        this(period, currency, parameters, fxRates, billing, licenses, holders, directory, roster, unread, history,
                List.of());
    }

    /** Without history. */
    public AnalysisInput(Period period, String currency, Parameters parameters, List<FxRate> fxRates,
                         List<BillingLine> billing, List<LicenseRow> licenses, List<SeatHolder> holders,
                         ToolDirectory directory, List<RosterEntry> roster, Unread unread) {
        this(period, currency, parameters, fxRates, billing, licenses, holders, directory, roster, unread, History.NONE);
    }

    /** Everything read was used. */
    public AnalysisInput(Period period, String currency, Parameters parameters, List<FxRate> fxRates,
                         List<BillingLine> billing, List<LicenseRow> licenses, List<SeatHolder> holders,
                         ToolDirectory directory, List<RosterEntry> roster) {
        this(period, currency, parameters, fxRates, billing, licenses, holders, directory, roster, Unread.NONE);
    }

    /** Without a roster. */
    public AnalysisInput(Period period, String currency, Parameters parameters, List<FxRate> fxRates,
                         List<BillingLine> billing, List<LicenseRow> licenses, List<SeatHolder> holders,
                         ToolDirectory directory) {
        this(period, currency, parameters, fxRates, billing, licenses, holders, directory, List.of(), Unread.NONE);
    }
}
