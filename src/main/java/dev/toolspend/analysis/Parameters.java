package dev.toolspend.analysis;

import java.math.BigDecimal;

/**
 * The thresholds of the rules (configuration, see application.yml).
 *
 * @param inactiveAfterDays  a seat is active when its last activity is at most this many days before the as-of date
 * @param underusedBelow     utilization below this ratio makes a tool underused
 * @param headroom           seats kept above the active users, as a ratio (0.10 = 10 %)
 * @param renewalHorizonDays renewals up to this many days after the as-of date are listed
 * @param defaultNoticeDays  notice period used when the register leaves it blank
 * @param priceRiseAlert     a seat price above a reference (last year's, the list price) by more than this ratio at
 *                           renewal is a price finding
 * @param spendRiseAlert     a tool whose spend rose by more than this ratio since the previous period is shown apart
 * @param wontDoMonths       a finding marked "won't do" is set aside for this many months after the one it was decided
 *                           in, then comes back to do
 */
public record Parameters(int inactiveAfterDays, BigDecimal underusedBelow, BigDecimal headroom,
                         int renewalHorizonDays, int defaultNoticeDays, BigDecimal priceRiseAlert,
                         BigDecimal spendRiseAlert, int wontDoMonths) {

    public static final BigDecimal DEFAULT_PRICE_RISE_ALERT = new BigDecimal("0.05");
    public static final BigDecimal DEFAULT_SPEND_RISE_ALERT = new BigDecimal("0.20");
    public static final int DEFAULT_WONT_DO_MONTHS = 6;

    /** With "won't do" set aside for the default six months. */
    public Parameters(int inactiveAfterDays, BigDecimal underusedBelow, BigDecimal headroom, int renewalHorizonDays,
                      int defaultNoticeDays, BigDecimal priceRiseAlert, BigDecimal spendRiseAlert) {
        this(inactiveAfterDays, underusedBelow, headroom, renewalHorizonDays, defaultNoticeDays, priceRiseAlert,
                spendRiseAlert, DEFAULT_WONT_DO_MONTHS);
    }

    /** With the default alerts. */
    public Parameters(int inactiveAfterDays, BigDecimal underusedBelow, BigDecimal headroom, int renewalHorizonDays,
                      int defaultNoticeDays) {
        this(inactiveAfterDays, underusedBelow, headroom, renewalHorizonDays, defaultNoticeDays,
                DEFAULT_PRICE_RISE_ALERT, DEFAULT_SPEND_RISE_ALERT);
    }

    public static Parameters defaults() {
        return new Parameters(30, new BigDecimal("0.80"), new BigDecimal("0.10"), 90, 30);
    }
}
