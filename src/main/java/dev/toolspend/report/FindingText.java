package dev.toolspend.report;

import dev.toolspend.analysis.Finding;
import dev.toolspend.analysis.PriceCheck;
import dev.toolspend.analysis.RenewalItem;
import dev.toolspend.model.Period;

import java.util.function.Function;

/** The sentence of each finding, and its evidence, in the report language. */
final class FindingText {

    private final Labels labels;
    private final Formats formats;
    private final Function<String, String> toolName;
    private final Period period;

    FindingText(Labels labels, Formats formats, Function<String, String> toolName, Period period) {
        this.labels = labels;
        this.formats = formats;
        this.toolName = toolName;
        this.period = period;
    }

    String action(Finding finding) {
        String tool = toolName.apply(finding.toolId());
        if (finding instanceof Finding.Unused f) {
            return labels.get("action.UNUSED", tool, f.inactiveAfterDays());
        }
        if (finding instanceof Finding.Underused f) {
            return labels.get("action.UNDERUSED", n(f.reclaimableSeats()), n(f.seats()), tool, n(f.recommendedSeats()));
        }
        if (finding instanceof Finding.Overlap f) {
            return labels.get("action.OVERLAP", tool, toolName.apply(f.keptToolId()));
        }
        if (finding instanceof Finding.Price f) {
            return labels.get("action.PRICE", tool, formats.money(f.check().target()), f.actBy().toString());
        }
        if (finding instanceof Finding.Renewal f) {
            RenewalItem r = f.renewal();
            return r.plan() == null
                    ? labels.get("action.RENEWAL", tool, r.actBy().toString(), r.renewalDate().toString())
                    : labels.get("action.RENEWAL.plan", tool, r.actBy().toString(), r.renewalDate().toString(), r.plan());
        }
        return labels.get("action.UNTRACKED", tool);
    }

    String evidence(Finding finding) {
        if (finding instanceof Finding.Unused f) {
            return labels.get("evidence.UNUSED", n(f.holders()), f.inactiveAfterDays(), formats.money(f.annualSavings()));
        }
        if (finding instanceof Finding.Underused f) {
            return labels.get("evidence.UNDERUSED", n(f.activeUsers()), n(f.seats()), f.inactiveAfterDays());
        }
        if (finding instanceof Finding.Overlap f) {
            return labels.get("evidence.OVERLAP", n(f.activeUsers()), n(f.activeInBoth()), toolName.apply(f.keptToolId()),
                    n(f.movers()), formats.money(f.migrationCost()));
        }
        if (finding instanceof Finding.Price f) {
            return priceEvidence(f.check());
        }
        if (finding instanceof Finding.Renewal f) {
            RenewalItem r = f.renewal();
            String seats = r.recommendedSeats() == null
                    ? labels.get("evidence.RENEWAL.nousage", n(r.seats()))
                    : labels.get("evidence.RENEWAL", n(r.seats()), n(r.recommendedSeats()));
            return r.overdue() ? seats + " " + labels.get("evidence.RENEWAL.overdue", n(-r.daysToAct())) : seats;
        }
        Finding.Untracked f = (Finding.Untracked) finding;
        return labels.get("evidence.UNTRACKED", formats.money(f.spendInPeriod()), period.toString(), f.lines(),
                formats.money(f.estimatedAnnualCost()));
    }

    /** The price now against each reference found. */
    String priceEvidence(PriceCheck check) {
        StringBuilder out = new StringBuilder(labels.get("evidence.PRICE", formats.money(check.monthlySeatPrice()),
                n(check.seats())));
        if (check.lastYear() != null) {
            out.append(' ').append(labels.get("evidence.PRICE.lastYear", formats.money(check.lastYear()),
                    formats.percent(check.lastYearRatio()), formats.money(check.lastYearPerYear())));
        }
        if (check.list() != null) {
            out.append(' ').append(labels.get("evidence.PRICE.list", formats.money(check.list()),
                    formats.percent(check.listRatio()), formats.money(check.listPerYear())));
        }
        return out.toString();
    }

    private String n(long value) {
        return formats.number(value);
    }
}
