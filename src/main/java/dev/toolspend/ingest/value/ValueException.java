package dev.toolspend.ingest.value;

import dev.toolspend.model.Message;

/** A cell whose content cannot be used; its reason is shown in Data quality, in the report's language. */
public class ValueException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;
    private final transient Message reason;

    public ValueException(Message reason) {
        this(null, null, reason);
    }

    public ValueException(String column, String value, Message reason) {
        super(reason.toString(), null, false, false);
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public Message reason() {
        return reason;
    }

    ValueException in(String column, String value) {
        return new ValueException(column, value, reason);
    }
}
