package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time when the inventory digested it. A file read later with another size or time
 * is not the file whose digest the report states: its reading is refused ({@link #check}), so that the SHA-256 on
 * the Method sheet always describes the rows counted.
 */
public record FileSnapshot(long size, long modifiedNanos) {

    public static FileSnapshot of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileSnapshot(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** Throws when the file is no longer this snapshot (rewritten, appended to, replaced). */
    public void check(Path file) throws IOException {
        FileSnapshot now = of(file);
        if (!now.equals(this)) {
            throw new UnreadableFileException(Message.of("read.changedWhileRead", size, now.size), null);
        }
    }

    /** {@code size|nanos}, for the staging tables. */
    public String encode() {
        return size + "|" + modifiedNanos;
    }

    public static FileSnapshot decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int bar = text.indexOf('|');
        return new FileSnapshot(Long.parseLong(text.substring(0, bar)), Long.parseLong(text.substring(bar + 1)));
    }
}
