package dev.toolspend.ingest.table;

import java.io.IOException;

/** The rest of a file cannot be read (for example a quote that is never closed). */
public class MalformedInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public MalformedInputException(long line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
