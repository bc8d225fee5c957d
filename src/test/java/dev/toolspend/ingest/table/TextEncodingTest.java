package dev.toolspend.ingest.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TextEncodingTest {

    @TempDir
    Path dir;

    /** A file that shrinks while its bytes are checked (truncated or replaced by its exporter). */
    @Test
    void theAsciiCheckOfAFileThatShrinksIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("e.csv"), "2026-10-03,ann@x.io,Slack\n".repeat(100_000));
        long size = Files.size(file);
        assertThat(TextEncoding.asciiRange(file, 0, size)).isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> TextEncoding.asciiRange(new ShrinkingChannel(null, size, size / 2), 0L, size))
                        .isInstanceOf(FileChangedException.class));
    }
}
