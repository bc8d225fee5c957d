package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

import java.io.IOException;

/**
 * A file ended before the byte its reading was planned to (it was truncated or replaced while it was read):
 * the table is rejected as unreadable, as any file that cannot be read, instead of being read in part.
 */
public class FileChangedException extends IOException implements Explained {

    private static final long serialVersionUID = 1L;

    private final long at;
    private final long expected;

    public FileChangedException(long at, long expected) {
        super("the file changed while it was read (it ended at byte " + at + ", before byte " + expected + ")");
        this.at = at;
        this.expected = expected;
    }

    @Override
    public Message reason() {
        return Message.of("read.fileChanged", at, expected);
    }
}
