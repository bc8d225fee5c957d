package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

import java.io.IOException;

/** A whole file cannot be read; the reason says why and what to do, in words a finance person can act on. */
public class UnreadableFileException extends IOException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public UnreadableFileException(Message reason, Throwable cause) {
        super(reason.toString(), cause);
        this.reason = reason;
    }

    @Override
    public Message reason() {
        return reason;
    }
}
