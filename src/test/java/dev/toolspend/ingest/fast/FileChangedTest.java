package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.table.FileChangedException;
import dev.toolspend.ingest.table.ShrinkingChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A file that shrinks while the byte readers read it (truncated or replaced by its exporter) ends the
 * reading with an error that rejects the table as unreadable; it never leaves a reader waiting for bytes
 * that will not come (the review found them spinning forever).
 */
class FileChangedTest {

    @TempDir
    Path dir;

    private Path log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("2026-10-03T10:00:00Z,u").append(i % 50).append("@x.io,Slack\n");
        }
        return Files.writeString(dir.resolve("e.csv"), text);
    }

    @Test
    void aRangeOfAFileThatShrankAfterItWasCutIsAnError() throws Exception {
        Path file = log();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long[] range = ByteRanges.ranges(channel, 0, 1).get(0);
            channel.truncate(range[1] / 2);
            LineRange reader = new LineRange(range[0], range[1]) {
                @Override
                boolean line(byte[] b, int s, int e, long index) {
                    return true;
                }
            };
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> ByteRanges.inParallel(channel, java.util.List.of(reader), 1, "e.csv"))
                            .isInstanceOf(FileChangedException.class)
                            .hasMessageStartingWith("the file changed while it was read"));
        }
    }

    @Test
    void cuttingRangesOfAFileThatShrinksIsAnError() throws Exception {
        Path file = log();
        try (FileChannel real = FileChannel.open(file, StandardOpenOption.READ)) {
            FileChannel shrinking = new ShrinkingChannel(real, real.size(), real.size() / 3);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> ByteRanges.ranges(shrinking, 0, 4))
                            .isInstanceOf(FileChangedException.class));
        }
    }
}
