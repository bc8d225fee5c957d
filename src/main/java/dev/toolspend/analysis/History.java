package dev.toolspend.analysis;

import dev.toolspend.model.Period;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the runs of earlier periods kept: their per-tool figures, findings and realized savings. A run for a period
 * is given only the periods before it, so the order in which months are run changes no figure.
 *
 * @param snapshots one per period run, oldest first
 */
public record History(List<Snapshot> snapshots) {

    public static final History NONE = new History(List.of());

    public History {
        snapshots = snapshots.stream().sorted(Comparator.comparing(s -> s.period().month())).toList();
    }

    /** The periods before {@code period} kept in report currency {@code currency}: what a run for it may read. */
    public History before(Period period, String currency) {
        return new History(snapshots.stream()
                .filter(s -> s.period().month().isBefore(period.month()) && s.currency().equals(currency)).toList());
    }

    /** The previous period: the one just before, else the latest earlier period run. */
    public Optional<Snapshot> previous(Period period) {
        return snapshots.stream().filter(s -> s.period().month().isBefore(period.month()))
                .reduce((first, second) -> second);
    }

    public Optional<Snapshot> at(Period period) {
        return snapshots.stream().filter(s -> s.period().equals(period)).findFirst();
    }

    /**
     * One period as its run left it (report currency, unrounded).
     *
     * @param activeUsers distinct active users over every tool
     */
    public record Snapshot(Period period, String currency, BigDecimal spendInPeriod, BigDecimal annualCost,
                           int activeUsers, BigDecimal identifiedSavings, List<ToolFigures> tools,
                           List<OpenFinding> findings, List<RealizedSaving> realized) {

        public Snapshot {
            tools = List.copyOf(tools);
            findings = List.copyOf(findings);
            realized = List.copyOf(realized);
        }

        public Optional<ToolFigures> tool(String toolId) {
            return tools.stream().filter(t -> t.toolId().equals(toolId)).findFirst();
        }

        public BigDecimal realizedTotal() {
            return realized.stream().map(RealizedSaving::annualSavings).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * A tool's figures in a past period.
     *
     * @param seats       register seats, null without a register row
     * @param activeUsers null without usage data
     */
    public record ToolFigures(String toolId, String name, String categoryId, Integer seats, Integer activeUsers,
                              BigDecimal spendInPeriod, BigDecimal annualCost, int licenseRows,
                              BigDecimal annualSavings) {

        /** Annual cost / seats / 12, as the period computed it; null without seats. */
        public BigDecimal monthlySeatPrice() {
            return licenseRows == 0 ? null : Rules.monthlySeatPrice(annualCost, seats);
        }
    }

    /**
     * A finding open at the end of a past period.
     *
     * @param reclaimableSeats the seats an underused finding asked to reclaim; null for other types
     * @param openPeriods      consecutive periods it has been open, this one included
     */
    public record OpenFinding(FindingType type, String toolId, BigDecimal annualSavings, Integer reclaimableSeats,
                              int openPeriods) {
    }
}
