package dev.toolspend.analysis;

import dev.toolspend.model.Period;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Up to the last twelve periods, this one last; unrounded.
 *
 * @param points      one per period in history, oldest first
 * @param tools       per tool of this period: active users and utilization in each point's period (null where unknown)
 * @param newTools    tools in this period and not in the previous one (none without a previous period)
 * @param spendRises  tools whose spend rose more than the alert since the previous period
 */
public record Trend(List<Point> points, List<ToolSeries> tools, List<String> newTools, List<SpendRise> spendRises) {

    public Trend {
        points = List.copyOf(points);
        tools = List.copyOf(tools);
        newTools = List.copyOf(newTools);
        spendRises = List.copyOf(spendRises);
    }

    /** Whether history holds anything before this period. */
    public boolean hasHistory() {
        return points.size() > 1;
    }

    /**
     * One period's company figures.
     *
     * @param spendByCategory category id → spend in the period
     */
    public record Point(Period period, Map<String, BigDecimal> spendByCategory, BigDecimal spendInPeriod,
                        BigDecimal annualCost, int activeUsers, BigDecimal identifiedSavings, BigDecimal realizedSavings) {
        public Point {
            spendByCategory = Map.copyOf(spendByCategory);
        }
    }

    public record ToolSeries(String toolId, List<Integer> activeUsers, List<BigDecimal> utilization) {
        public ToolSeries {
            activeUsers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(activeUsers));
            utilization = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(utilization));
        }
    }

    /**
     * A tool whose spend rose more than the alert since the previous period.
     *
     * @param rise (current − previous) / previous
     */
    public record SpendRise(String toolId, BigDecimal previous, BigDecimal current, BigDecimal rise) {
    }
}
