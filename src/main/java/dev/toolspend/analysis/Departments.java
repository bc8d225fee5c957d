package dev.toolspend.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chargeback: spreads each tool's spend, annual cost and counted savings over departments, so that the departments
 * sum exactly to the company's totals (docs/figures.md, "Departments").
 * <ul>
 *   <li>a register row's cost goes to its department;</li>
 *   <li>spend goes to the department of the tool's register rows (split by their cost when several), else to each
 *       billing line's department;</li>
 *   <li>what neither places goes to the roster's departments of the tool's seat holders (split by holders), else
 *       to "unassigned";</li>
 *   <li>an estimated annual cost (no register row) is split like the spend; savings like the annual cost.</li>
 * </ul>
 * Department names are compared ignoring case and surrounding spaces; the first spelling is shown.
 */
final class Departments {

    /** The key of what no source places. */
    private static final String UNASSIGNED = "";

    private final Map<String, String> spelling = new TreeMap<>();
    private final Map<String, BigDecimal[]> totals = new TreeMap<>();

    /** One tool's money and where its sources place it; amounts in report currency. */
    static final class ToolMoney {
        final Map<String, BigDecimal> registerCost = new TreeMap<>();
        BigDecimal registerCostUnplaced = BigDecimal.ZERO;
        final Map<String, BigDecimal> lineSpend = new TreeMap<>();
        BigDecimal lineSpendUnplaced = BigDecimal.ZERO;
        final Map<String, BigDecimal> holders = new TreeMap<>();
    }

    /** Records a spelling and gives the department's key; blank is unassigned. */
    String key(String department) {
        if (department == null || department.isBlank()) {
            return UNASSIGNED;
        }
        String key = department.trim().toLowerCase(Locale.ROOT);
        spelling.putIfAbsent(key, department.trim());
        return key;
    }

    void add(ToolMoney money, BigDecimal spend, BigDecimal annualCost, boolean licensed, BigDecimal savings) {
        Map<String, BigDecimal> fallback = !money.holders.isEmpty() ? money.holders : Map.of(UNASSIGNED, BigDecimal.ONE);

        Map<String, BigDecimal> spendShares = new TreeMap<>();
        if (!money.registerCost.isEmpty() && positive(money.registerCost)) {
            merge(spendShares, allocate(spend, money.registerCost));
        } else {
            merge(spendShares, money.lineSpend);
            merge(spendShares, allocate(money.lineSpendUnplaced, fallback));
        }

        Map<String, BigDecimal> costShares = new TreeMap<>();
        if (licensed) {
            merge(costShares, money.registerCost);
            Map<String, BigDecimal> placedBySpend = positive(money.lineSpend) ? money.lineSpend : fallback;
            merge(costShares, allocate(money.registerCostUnplaced, placedBySpend));
        } else {
            merge(costShares, allocate(annualCost, positive(spendShares) ? spendShares : fallback));
        }

        Map<String, BigDecimal> savingShares = allocate(savings,
                positive(costShares) ? costShares : positive(spendShares) ? spendShares : fallback);

        spendShares.forEach((k, v) -> totals(k)[0] = totals(k)[0].add(v));
        costShares.forEach((k, v) -> totals(k)[1] = totals(k)[1].add(v));
        savingShares.forEach((k, v) -> totals(k)[2] = totals(k)[2].add(v));
    }

    /** Departments by name, "unassigned" last; only those with a figure. */
    List<DepartmentCost> result() {
        List<DepartmentCost> out = new ArrayList<>();
        totals.forEach((key, t) -> {
            if (!key.equals(UNASSIGNED) && (t[0].signum() != 0 || t[1].signum() != 0 || t[2].signum() != 0)) {
                out.add(new DepartmentCost(spelling.get(key), t[0], t[1], t[2]));
            }
        });
        BigDecimal[] unassigned = totals.get(UNASSIGNED);
        if (unassigned != null && (unassigned[0].signum() != 0 || unassigned[1].signum() != 0 || unassigned[2].signum() != 0)) {
            out.add(new DepartmentCost(null, unassigned[0], unassigned[1], unassigned[2]));
        }
        return List.copyOf(out);
    }

    private BigDecimal[] totals(String key) {
        return totals.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    }

    /**
     * Splits an amount by weights; the last share is what the others leave, so the shares sum to the amount exactly.
     * Weights summing to 0 or less place the amount with the first weight's department.
     */
    static Map<String, BigDecimal> allocate(BigDecimal amount, Map<String, BigDecimal> weights) {
        Map<String, BigDecimal> shares = new TreeMap<>();
        if (amount.signum() == 0 || weights.isEmpty()) {
            return shares;
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            shares.put(weights.keySet().iterator().next(), amount);
            return shares;
        }
        BigDecimal left = amount;
        List<String> keys = new ArrayList<>(weights.keySet());
        for (int i = 0; i < keys.size() - 1; i++) {
            BigDecimal share = amount.multiply(weights.get(keys.get(i))).divide(total, Rules.PRECISION);
            shares.put(keys.get(i), share);
            left = left.subtract(share);
        }
        shares.put(keys.get(keys.size() - 1), left);
        return shares;
    }

    private static boolean positive(Map<String, BigDecimal> weights) {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0;
    }

    private static void merge(Map<String, BigDecimal> into, Map<String, BigDecimal> from) {
        from.forEach((k, v) -> into.merge(k, v, BigDecimal::add));
    }
}
