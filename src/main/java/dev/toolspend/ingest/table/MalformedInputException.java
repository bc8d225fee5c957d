package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

import java.io.IOException;

/** The rest of a file cannot be read (for example a quote that is never closed). */
public class MalformedInputException extends IOException implements Explained {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final transient Message reason;

    public MalformedInputException(long line, Message reason, Throwable cause) {
        super(reason.toString(), cause);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    @Override
    public Message reason() {
        return reason;
    }
}
