package dev.toolspend.analysis;

/** Where a tool's annual cost comes from. */
public enum CostSource {
    /** Summed over its license rows. */
    LICENSES,
    /** Estimated as twelve times the period's spend: there is no license row. */
    BILLING
}
