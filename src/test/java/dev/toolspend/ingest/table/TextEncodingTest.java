package dev.toolspend.ingest.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TextEncodingTest {

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
    void theAsciiCheckOfAFileThatShrinksIsAnError() throws Exception {
        Path file = log();
        long size = Files.size(file);
        assertThat(TextEncoding.asciiRange(file, 0, size)).isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> TextEncoding.asciiRange(new ShrinkingChannel(null, size, size / 2), 0L, size))
                        .isInstanceOf(FileChangedException.class));
    }
}
