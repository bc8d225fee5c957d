package dev.toolspend.analysis;

import dev.toolspend.model.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Compares a period's figures with the history before it: finding states, realized savings, the trend. */
final class MonthOverMonthRules {

    private static final int TREND_PERIODS = 12;

    private MonthOverMonthRules() {
    }

    static MonthOverMonth compare(Period period, History history, List<ToolSummary> tools, List<Finding> findings,
                                  Totals totals, Parameters parameters) {
        Optional<History.Snapshot> previous = history.previous(period);
        Map<MonthOverMonth.Key, MonthOverMonth.State> states = new HashMap<>();
        Map<MonthOverMonth.Key, History.OpenFinding> before = new LinkedHashMap<>();
        previous.ifPresent(p -> p.findings().forEach(f -> before.put(new MonthOverMonth.Key(f.type(), f.toolId()), f)));
        for (Finding finding : findings) {
            History.OpenFinding was = before.get(MonthOverMonth.Key.of(finding));
            states.put(MonthOverMonth.Key.of(finding),
                    was == null ? new MonthOverMonth.State(true, 1) : new MonthOverMonth.State(false, was.openPeriods() + 1));
        }

        List<RealizedSaving> realized = previous.map(p -> realized(period, p, tools)).orElse(List.of());
        List<History.OpenFinding> gone = new ArrayList<>();
        before.forEach((key, was) -> {
            boolean open = findings.stream().anyMatch(f -> MonthOverMonth.Key.of(f).equals(key));
            boolean actedOn = realized.stream().anyMatch(r -> r.toolId().equals(key.toolId()));
            if (!open && !actedOn) {
                gone.add(was);
            }
        });
        BigDecimal realizedNow = sum(realized.stream().map(RealizedSaving::annualSavings).toList());
        YearMonth12 window = new YearMonth12(period);
        BigDecimal last12 = realizedNow.add(sum(history.snapshots().stream().filter(s -> window.contains(s.period()))
                .map(History.Snapshot::realizedTotal).toList()));
        List<RealizedSaving> ledger = new ArrayList<>(realized);
        history.snapshots().stream().filter(s -> window.contains(s.period()))
                .sorted(Comparator.comparing((History.Snapshot s) -> s.period().month()).reversed())
                .forEach(s -> ledger.addAll(s.realized()));
        return new MonthOverMonth(previous.map(History.Snapshot::period).orElse(null), states, gone, realized,
                realizedNow, last12, totals.identifiedAnnualSavings(),
                trend(period, history, tools, totals, realizedNow, previous, parameters), ledger);
    }

    /**
     * The previous period's findings the files now show acted on, each tool once (its largest): a reclaim when the
     * register seats went down, a cancellation when the tool has no register row and no spend.
     */
    static List<RealizedSaving> realized(Period period, History.Snapshot previous, List<ToolSummary> tools) {
        Map<String, ToolSummary> now = new HashMap<>();
        tools.forEach(t -> now.put(t.id(), t));
        Map<String, RealizedSaving> byTool = new TreeMap<>();
        for (History.OpenFinding finding : previous.findings()) {
            ToolSummary current = now.get(finding.toolId());
            int rows = current == null ? 0 : current.licenseRows();
            BigDecimal spend = current == null ? BigDecimal.ZERO : current.spendInPeriod();
            RealizedSaving saving = null;
            if (finding.type() == FindingType.UNDERUSED && finding.reclaimableSeats() != null) {
                History.ToolFigures was = previous.tool(finding.toolId()).orElse(null);
                if (was != null && was.seats() != null) {
                    int after = current == null || current.seats() == null ? 0 : current.seats();
                    int reclaimed = Rules.reclaimedSeats(finding.reclaimableSeats(), was.seats(), after);
                    if (reclaimed > 0) {
                        saving = new RealizedSaving(period, previous.period(), finding.type(), finding.toolId(),
                                Rules.realizedReclaim(finding.reclaimableSeats(), was.seats(), after, was.annualCost()),
                                was.seats(), after, reclaimed);
                    }
                }
            } else if ((finding.type() == FindingType.UNUSED || finding.type() == FindingType.OVERLAP)
                    && Rules.isCancelled(rows, spend)) {
                saving = new RealizedSaving(period, previous.period(), finding.type(), finding.toolId(),
                        finding.annualSavings(), null, null, null);
            }
            if (saving != null) {
                byTool.merge(finding.toolId(), saving,
                        (a, b) -> b.annualSavings().compareTo(a.annualSavings()) > 0 ? b : a);
            }
        }
        return List.copyOf(byTool.values());
    }

    private static Trend trend(Period period, History history, List<ToolSummary> tools, Totals totals,
                               BigDecimal realizedNow, Optional<History.Snapshot> previous, Parameters parameters) {
        List<History.Snapshot> past = history.snapshots().stream()
                .filter(s -> s.period().month().isAfter(period.month().minusMonths(TREND_PERIODS)))
                .sorted(Comparator.comparing(s -> s.period().month())).toList();
        List<Trend.Point> points = new ArrayList<>();
        for (History.Snapshot s : past) {
            Map<String, BigDecimal> byCategory = new TreeMap<>();
            s.tools().forEach(t -> byCategory.merge(t.categoryId(), t.spendInPeriod(), BigDecimal::add));
            points.add(new Trend.Point(s.period(), byCategory, s.spendInPeriod(), s.annualCost(), s.activeUsers(),
                    s.identifiedSavings(), s.realizedTotal()));
        }
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        tools.forEach(t -> byCategory.merge(t.category().id(), t.spendInPeriod(), BigDecimal::add));
        points.add(new Trend.Point(period, byCategory, totals.spendInPeriod(), totals.annualCost(), totals.activeUsers(),
                totals.identifiedAnnualSavings(), realizedNow));

        List<Trend.ToolSeries> series = new ArrayList<>();
        for (ToolSummary tool : tools) {
            List<Integer> active = new ArrayList<>();
            List<BigDecimal> utilization = new ArrayList<>();
            for (History.Snapshot s : past) {
                Optional<History.ToolFigures> t = s.tool(tool.id());
                active.add(t.map(History.ToolFigures::activeUsers).orElse(null));
                utilization.add(t.map(f -> Rules.utilization(f.activeUsers(), f.seats())).orElse(null));
            }
            active.add(tool.activeUsers());
            utilization.add(tool.utilization());
            series.add(new Trend.ToolSeries(tool.id(), active, utilization));
        }

        List<String> newTools = new ArrayList<>();
        List<Trend.SpendRise> rises = new ArrayList<>();
        previous.ifPresent(p -> {
            for (ToolSummary tool : tools) {
                Optional<History.ToolFigures> was = p.tool(tool.id());
                if (was.isEmpty()) {
                    newTools.add(tool.id());
                } else if (Rules.isRiseAbove(was.get().spendInPeriod(), tool.spendInPeriod(), parameters.spendRiseAlert())) {
                    rises.add(new Trend.SpendRise(tool.id(), was.get().spendInPeriod(), tool.spendInPeriod(),
                            Rules.priceDifferenceRatio(tool.spendInPeriod(), was.get().spendInPeriod())));
                }
            }
        });
        rises.sort(Comparator.comparing(Trend.SpendRise::rise, Comparator.reverseOrder()).thenComparing(Trend.SpendRise::toolId));
        return new Trend(points, series, newTools, rises);
    }

    /** This period's snapshot, for the history of the runs after it. */
    static History.Snapshot snapshot(Period period, String currency, Totals totals, List<ToolSummary> tools,
                                     List<Finding> findings, MonthOverMonth changes) {
        List<History.ToolFigures> figures = tools.stream().map(t -> new History.ToolFigures(t.id(), t.tool().name(),
                t.category().id(), t.seats(), t.activeUsers(), t.spendInPeriod(), t.annualCost(), t.licenseRows(),
                t.annualSavings())).toList();
        Map<MonthOverMonth.Key, History.OpenFinding> open = new LinkedHashMap<>();
        for (Finding f : findings) {
            Integer seats = f instanceof Finding.Underused u ? u.reclaimableSeats() : null;
            // two renewals of one tool are one finding across periods: the larger savings is kept
            open.merge(MonthOverMonth.Key.of(f), new History.OpenFinding(f.type(), f.toolId(), f.annualSavings(), seats,
                    changes.state(f).openPeriods()), (a, b) -> a);
        }
        return new History.Snapshot(period, currency, totals.spendInPeriod(), totals.annualCost(), totals.activeUsers(),
                totals.identifiedAnnualSavings(), figures, List.copyOf(open.values()), changes.realized());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The eleven periods before one (with it, twelve). */
    private record YearMonth12(Period period) {
        boolean contains(Period other) {
            return other.month().isBefore(period.month()) && other.month().isAfter(period.month().minusMonths(12));
        }
    }
}
