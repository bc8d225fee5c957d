package dev.toolspend.model;

/**
 * Something in the inputs a person should fix, although the row was used (a stale renewal date,
 * an unknown category, a tool missing from the catalog).
 *
 * @param column the column as the file names it, or null
 * @param field  the meaning of the column when only that is known (see {@link Rejection#field}), or null
 */
public record DataNote(SourceRef source, String column, String field, String value, Message message) {

    public static DataNote ofField(SourceRef source, String field, String value, Message message) {
        return new DataNote(source, null, field, value, message);
    }

    /** The same, its column named as the file names it. */
    public DataNote inColumn(String name) {
        return new DataNote(source, name, field, value, message);
    }
}
