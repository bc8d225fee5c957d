package dev.toolspend.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * What has happened to a generated company by one month of its year ({@code generate --months N}, month folders).
 * Events come at known months, counted from the first month generated (index 0, where nothing has happened yet):
 * <ul>
 *   <li>{@value #RECLAIM} (the second month): the seats the first month found underused are reclaimed: all of
 *       {@value #RECLAIMED_FULLY}'s, half of {@value #RECLAIMED_PARTLY}'s (the register's seats go down);</li>
 *   <li>{@value #CANCEL} (the third month): {@value #CANCELLED}, unused, is cancelled (its register row, card charges
 *       and usage rows disappear), and {@value #ARRIVING}, a new tool, appears in every input;</li>
 *   <li>{@value #CONSOLIDATE} (the fourth month): the overlap is consolidated: {@value #CONSOLIDATED} is cancelled
 *       (its users keep Slack).</li>
 * </ul>
 * Renewal dates are calendar dates, the ones a single folder for the last month would hold, a year earlier while
 * the as-of date has not reached them; {@value #PRICE_RISE}'s price per seat rises 12.5 % at its renewal before the
 * last month's as-of date (the register and its charge say the new price from that renewal on). Two register rows
 * leave their department blank ({@code docusign}, {@code hubspot}: the card lines place their cost), and about one
 * card line in seven has no department.
 *
 * @param index          the month's place in the year, 0 for the first
 * @param last           the year's last month, which dates the renewals
 * @param lastYearPrices each tool's monthly seat price (report currency) twelve months earlier, when generated
 */
record MonthPlan(int index, YearMonth last, Map<String, BigDecimal> lastYearPrices) {

    static final int RECLAIM = 1;
    static final int CANCEL = 2;
    static final int CONSOLIDATE = 3;
    static final String RECLAIMED_FULLY = "miro";
    static final String RECLAIMED_PARTLY = "adobe-creative-cloud";
    static final String CANCELLED = "loom";
    static final String ARRIVING = "canva";
    static final String CONSOLIDATED = "microsoft-teams";
    static final String PRICE_RISE = "1password";
    /** 1Password's price per seat per year from its renewal on: 8.99 a month instead of 7.99 (+12.5 %). */
    static final BigDecimal RISEN_PRICE = new BigDecimal("107.88");
    static final Set<String> BLANK_REGISTER_DEPARTMENT = Set.of("docusign", "hubspot");

    MonthPlan {
        lastYearPrices = Map.copyOf(lastYearPrices);
    }

    /** Whether the company has the tool this month. */
    boolean present(String toolId) {
        return switch (toolId) {
            case CANCELLED -> index < CANCEL;
            case ARRIVING -> index >= CANCEL;
            case CONSOLIDATED -> index < CONSOLIDATE;
            default -> true;
        };
    }

    /** The share of its reclaimable seats a tool has given back by this month: 0, ½ or all. */
    double reclaimed(String toolId) {
        if (index < RECLAIM) {
            return 0;
        }
        return switch (toolId) {
            case RECLAIMED_FULLY -> 1;
            case RECLAIMED_PARTLY -> 0.5;
            default -> 0;
        };
    }

    /** The renewal the register holds at {@code asOf}: the first anniversary after it of the last month's renewal. */
    LocalDate renewal(int daysAfterLastAsOf, LocalDate asOf) {
        LocalDate anchor = last.atEndOfMonth().plusDays(daysAfterLastAsOf);
        long years = 0;
        while (anchor.minusYears(years + 1).isAfter(asOf)) {
            years++;
        }
        while (!anchor.minusYears(years).isAfter(asOf)) {
            years--;
        }
        return anchor.minusYears(years);
    }

    /** The price per seat per cycle in the register (and on the card) this month. */
    BigDecimal price(ToolProfile tool, LocalDate asOf) {
        if (!tool.id().equals(PRICE_RISE) || tool.renewalDays() == null) {
            return tool.price();
        }
        LocalDate rise = renewal(tool.renewalDays(), last.atEndOfMonth()).minusYears(1);
        return asOf.isBefore(rise) ? tool.price() : RISEN_PRICE;
    }
}
