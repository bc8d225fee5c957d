package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

import java.io.IOException;

/** A failure to read a file that knows why in words for a person: its reason, rendered by report. */
public interface Explained {

    Message reason();

    /** Why a file could not be read: the failure's own reason, else the system's words for it. */
    static Message of(IOException e) {
        if (e instanceof Explained explained) {
            return explained.reason();
        }
        return Message.of("read.failed", e.getClass().getSimpleName().replace("Exception", ""),
                String.valueOf(e.getMessage()));
    }
}
