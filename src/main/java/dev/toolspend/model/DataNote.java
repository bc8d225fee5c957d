package dev.toolspend.model;

/**
 * Something in the inputs a person should fix, although the row was used (a stale renewal date,
 * an unknown category, a tool missing from the catalog).
 */
public record DataNote(SourceRef source, String column, String value, String message) {
}
