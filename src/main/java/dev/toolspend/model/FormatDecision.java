package dev.toolspend.model;


/**
 * How one column's values are read, as the report states it.
 *
 * @param column the column as the file names it
 * @param value  a the name of a decimal mark ({@code POINT}, {@code COMMA}) or of a day/month order ({@code DMY}, {@code MDY})
 */
public record FormatDecision(String column, Subject subject, String value, Basis basis) {

    /** What was decided. */
    public enum Subject {
        DECIMAL_MARK, DATE_ORDER
    }

    /** On what grounds. */
    public enum Basis {
        /** every value that could tell agreed */
        VALUES,
        /** values disagreed: the majority was used and the others are rejected */
        MAJORITY,
        /** no value could tell: the configured setting was assumed */
        SETTINGS
    }
}
