package dev.toolspend.ingest.value;

/** A cell whose content cannot be used; the message is the reason shown in Data quality. */
public class ValueException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;

    public ValueException(String reason) {
        this(null, null, reason);
    }

    public ValueException(String column, String value, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    ValueException in(String column, String value) {
        return new ValueException(column, value, getMessage());
    }
}
