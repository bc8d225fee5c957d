package dev.toolspend.analysis;

import dev.toolspend.model.Category;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Overlaps: in a category where two tools doing the same job is meaningful, keep the tool with the
 * most active users and price moving everyone else there.
 */
final class OverlapRule {

    /** Most active users first; then the cheaper seat (unknown prices last); then the name. */
    static final Comparator<ToolSummary> KEPT_ORDER = Comparator
            .comparing((ToolSummary t) -> t.activeUsers() == null ? -1 : t.activeUsers(), Comparator.reverseOrder())
            .thenComparing(ToolSummary::monthlySeatPrice, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(t -> t.tool().name().toLowerCase(Locale.ROOT))
            .thenComparing(ToolSummary::id);

    private OverlapRule() {
    }

    static List<OverlapGroup> groups(Collection<ToolSummary> tools, Map<String, Set<String>> activeByTool) {
        Map<String, List<ToolSummary>> byCategory = new TreeMap<>();
        Map<String, Category> categories = new HashMap<>();
        for (ToolSummary tool : tools) {
            if (tool.category().overlap() && isMember(tool)) {
                byCategory.computeIfAbsent(tool.category().nameEn(), k -> new ArrayList<>()).add(tool);
                categories.put(tool.category().nameEn(), tool.category());
            }
        }
        List<OverlapGroup> groups = new ArrayList<>();
        byCategory.forEach((name, members) -> {
            long paid = members.stream().filter(t -> t.annualCost().signum() > 0).count();
            if (paid >= 2) {
                groups.add(group(categories.get(name), members, activeByTool));
            }
        });
        return groups;
    }

    /** Paid tools, and free or bundled tools that have usage data; never a tool the catalog keeps out of overlaps. */
    static boolean isMember(ToolSummary tool) {
        return tool.tool().overlapEligible()
                && (tool.annualCost().signum() > 0 || (tool.usageData() && tool.annualCost().signum() == 0));
    }

    /** The tool to keep: only tools with usage data can be kept. */
    static ToolSummary kept(List<ToolSummary> members) {
        return members.stream().filter(ToolSummary::usageData).min(KEPT_ORDER).orElse(null);
    }

    private static OverlapGroup group(Category category, List<ToolSummary> members,
                                      Map<String, Set<String>> activeByTool) {
        ToolSummary kept = kept(members);
        Set<String> keptActive = kept == null ? Set.of() : activeByTool.getOrDefault(kept.id(), Set.of());
        List<OverlapGroup.Member> result = new ArrayList<>();
        Map<String, Integer> toolsPerUser = new HashMap<>();
        members.stream().sorted(Comparator.comparing(ToolSummary::id)).forEach(tool -> {
            if (!tool.usageData()) {
                result.add(new OverlapGroup.Member(tool.id(), OverlapGroup.Role.NO_USAGE_DATA, null, tool.annualCost(),
                        tool.monthlySeatPrice(), 0, 0, null, null));
                return;
            }
            Set<String> active = activeByTool.getOrDefault(tool.id(), Set.of());
            active.forEach(user -> toolsPerUser.merge(user, 1, Integer::sum));
            if (tool.id().equals(kept.id())) {
                result.add(new OverlapGroup.Member(tool.id(), OverlapGroup.Role.KEPT, tool.activeUsers(),
                        tool.annualCost(), tool.monthlySeatPrice(), active.size(), 0, null, null));
                return;
            }
            int inBoth = (int) active.stream().filter(keptActive::contains).count();
            int movers = active.size() - inBoth;
            boolean priced = kept.monthlySeatPrice() != null;
            if (tool.exempt() || tool.annualCost().signum() == 0 || !priced) {
                result.add(new OverlapGroup.Member(tool.id(), OverlapGroup.Role.LISTED, tool.activeUsers(),
                        tool.annualCost(), tool.monthlySeatPrice(), inBoth, movers, null, null));
                return;
            }
            BigDecimal migration = Rules.migrationCost(movers, kept.monthlySeatPrice());
            result.add(new OverlapGroup.Member(tool.id(), OverlapGroup.Role.CONSOLIDATE, tool.activeUsers(),
                    tool.annualCost(), tool.monthlySeatPrice(), inBoth, movers, migration,
                    Rules.overlapSavings(tool.annualCost(), migration)));
        });
        int shared = (int) toolsPerUser.values().stream().filter(n -> n >= 2).count();
        return new OverlapGroup(category, kept == null ? null : kept.id(), List.copyOf(result), shared);
    }
}
