package dev.toolspend.analysis;

import dev.toolspend.model.Category;

import java.math.BigDecimal;
import java.util.List;

/**
 * A category with two or more paid tools doing the same job.
 *
 * @param keptToolId        null when no member has usage data
 * @param sharedActiveUsers users active in two or more of the group's tools
 */
public record OverlapGroup(Category category, String keptToolId, List<Member> members, int sharedActiveUsers) {

    public enum Role {
        /** The tool everyone moves to. */
        KEPT,
        /** Its users move to the kept tool. */
        CONSOLIDATE,
        /** Free, exempt, or without a kept tool's price: listed, no savings claimed. */
        LISTED,
        /** No usage data: listed, never kept nor consolidated. */
        NO_USAGE_DATA
    }

    /**
     * One tool of the group and its part in it.
     *
     * @param activeInBoth  users active in this tool and in the kept tool
     * @param movers        users active here and not in the kept tool
     * @param savings       annual cost − migration cost (may be ≤ 0); null when not computed
     */
    public record Member(String toolId, Role role, Integer activeUsers, BigDecimal annualCost,
                         BigDecimal monthlySeatPrice, int activeInBoth, int movers, BigDecimal migrationCost,
                         BigDecimal savings) {
    }
}
