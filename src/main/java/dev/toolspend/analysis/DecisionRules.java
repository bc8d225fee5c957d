package dev.toolspend.analysis;

import dev.toolspend.model.DataNote;
import dev.toolspend.model.Decision;
import dev.toolspend.model.DecisionStatus;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decisions carried forward (README, "Decisions"; docs/figures.md): each decision goes to this period's finding of
 * the same type and tool; "won't do" sets a finding aside for {@link Parameters#wontDoMonths} months, out of the open
 * savings; "done" on a finding still there is not yet seen in the files; a decision on a finding that is gone is
 * dropped, and Data quality says so.
 */
final class DecisionRules {

    private DecisionRules() {
    }

    /** What the decisions come to in a period. */
    record Outcome(List<CarriedDecision> carried, List<DataNote> dropped) {
    }

    /**
     * Carries each decision that says something (a status other than "to do", or a comment) to the finding with its
     * type and tool; the others are dropped with a note.
     */
    static Outcome carry(Period period, List<Decision> decisions, List<Finding> findings, int wontDoMonths) {
        Set<MonthOverMonth.Key> present = new HashSet<>();
        findings.forEach(f -> present.add(MonthOverMonth.Key.of(f)));
        Map<String, Decision> latest = new TreeMap<>();
        decisions.stream().filter(Decision::typed).forEach(d -> latest.put(d.findingId(), d));
        List<CarriedDecision> carried = new ArrayList<>();
        List<DataNote> dropped = new ArrayList<>();
        for (Decision decision : latest.values()) {
            MonthOverMonth.Key key = key(decision);
            if (key == null || !present.contains(key)) {
                dropped.add(DataNote.ofField(decision.source(), null, decision.findingId(),
                        Message.of("decisions.dropped", Message.of("status." + decision.status()))));
                continue;
            }
            boolean aside = decision.status() == DecisionStatus.WONT_DO
                    && setAside(decision.decidedIn(), period, wontDoMonths);
            DecisionStatus shown = decision.status() == DecisionStatus.WONT_DO && !aside ? DecisionStatus.TO_DO
                    : decision.status();
            carried.add(new CarriedDecision(decision, key, shown, aside, decision.status() == DecisionStatus.DONE));
        }
        carried.sort(Comparator.comparing((CarriedDecision c) -> c.key().type()).thenComparing(c -> c.key().toolId()));
        return new Outcome(List.copyOf(carried), List.copyOf(dropped));
    }

    /**
     * Whether a "won't do" decided in {@code decidedIn} still sets its finding aside in {@code period}: for the
     * {@code months} periods after the one it was decided in (decided in 2026-04 with 6 months: set aside up to
     * 2026-10, back to do in 2026-11).
     */
    static boolean setAside(Period decidedIn, Period period, int months) {
        long after = ChronoUnit.MONTHS.between(decidedIn.month(), period.month());
        return after <= months;
    }

    /**
     * The open identified savings: the identified savings less what the findings set aside count. Each tool counts
     * once, the largest of its savings findings; a tool with a finding set aside counts the largest of its others
     * instead, so the open savings are {@code identified − Σ over those tools (counted − counted without the findings
     * set aside)} — for a tool whose only savings finding is set aside, its whole counted savings.
     */
    static BigDecimal openSavings(BigDecimal identified, List<ToolSummary> tools, List<Finding> findings,
                                  Set<MonthOverMonth.Key> setAside) {
        Map<String, Map<FindingType, BigDecimal>> open = new HashMap<>();
        Set<String> withAside = new HashSet<>();
        for (Finding f : findings) {
            if (f.annualSavings().signum() <= 0) {
                continue;
            }
            if (setAside.contains(MonthOverMonth.Key.of(f))) {
                withAside.add(f.toolId());
            } else {
                open.computeIfAbsent(f.toolId(), k -> new EnumMap<>(FindingType.class))
                        .merge(f.type(), f.annualSavings(), (a, b) -> a.max(b));
            }
        }
        BigDecimal result = identified;
        for (ToolSummary tool : tools) {
            if (withAside.contains(tool.id())) {
                BigDecimal stillOpen = Rules.countedSavings(open.getOrDefault(tool.id(), Map.of()).values()
                        .toArray(BigDecimal[]::new));
                result = result.subtract(tool.annualSavings().subtract(stillOpen).max(BigDecimal.ZERO));
            }
        }
        return result;
    }

    /** The finding type a decision names, with its tool; null for a type no rule has. */
    private static MonthOverMonth.Key key(Decision decision) {
        for (FindingType type : FindingType.values()) {
            if (type.name().equals(decision.findingType())) {
                return new MonthOverMonth.Key(type, decision.toolId());
            }
        }
        return null;
    }
}
