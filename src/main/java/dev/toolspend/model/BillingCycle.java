package dev.toolspend.model;

/** How often a license price is charged: the price per seat is per cycle. */
public enum BillingCycle {
    MONTHLY(12), ANNUAL(1);

    private final int perYear;

    BillingCycle(int perYear) {
        this.perYear = perYear;
    }

    /** Number of times the per-seat price is paid in a year. */
    public int perYear() {
        return perYear;
    }
}
