package dev.toolspend.analysis;

/** How soon a renewal decision is due, by days to its act-by date. */
public enum Urgency {
    CRITICAL, HIGH, MEDIUM, LOW
}
