package dev.toolspend.ingest.value;

/**
 * The order of day and month in a numeric date whose year comes last ({@code 03/10/2026}). Dates
 * whose year comes first ({@code 2026/10/03}) are always year, month, day.
 */
public enum DateOrder {
    /** day/month/year: 03/10/2026 is October 3. */
    DMY,
    /** month/day/year: 10/03/2026 is October 3. */
    MDY
}
