package dev.toolspend.model;

/**
 * An input row (or file) that could not be used, with the reason a person can act on.
 *
 * @param column the column as the file names it; null for a whole file, or when only its meaning is known
 * @param field  the meaning of the column (an input field's name, {@code CURRENCY}), when a rule found the
 *               problem after reading: the job then names the column as the file does, and the report
 *               labels the field where the file has no such column; else null
 * @param stake  for a billing row, the money it would have counted as far as it could be read; else null
 */
public record Rejection(SourceRef source, String column, String field, String value, Message reason, Stake stake) {

    public Rejection(SourceRef source, String column, String field, String value, Message reason) {
        this(source, column, field, value, reason, null);
    }

    /** A cell that could not be read, in the column the file names. */
    public Rejection(SourceRef source, String column, String value, Message reason) {
        this(source, column, null, value, reason);
    }

    /** A value a rule could not use, in the column that holds a field (its name found by the job). */
    public static Rejection ofField(SourceRef source, String field, String value, Message reason) {
        return new Rejection(source, null, field, value, reason);
    }

    public static Rejection wholeFile(String file, String sheet, Message reason) {
        return new Rejection(new SourceRef(file, sheet, 0), null, null, null, reason);
    }

    /** The same, its column named as the file names it. */
    public Rejection inColumn(String name) {
        return new Rejection(source, name, field, value, reason, stake);
    }

    /** The same, with what the row would have counted. */
    public Rejection withStake(Stake stake) {
        return new Rejection(source, column, field, value, reason, stake);
    }
}
