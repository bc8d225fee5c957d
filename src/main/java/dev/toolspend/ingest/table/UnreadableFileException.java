package dev.toolspend.ingest.table;

import java.io.IOException;

/** A whole file cannot be read; the message says why and what to do, in words a finance person can act on. */
public class UnreadableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
