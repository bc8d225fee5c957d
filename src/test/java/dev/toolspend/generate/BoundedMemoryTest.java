package dev.toolspend.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory is bounded by the company, not by its events: 2 million events are generated in a JVM of 48 MB
 * and read by the whole job in a JVM of 128 MB (a 140 MB event log, larger than that heap), which finds
 * the true figures. Not timed: docs/performance.md has the figures.
 */
class BoundedMemoryTest {

    @TempDir
    Path temp;

    @Test
    void twoMillionEventsGoThroughTheJobIn128Megabytes() throws Exception {
        Path input = temp.resolve("in");
        Path output = temp.resolve("out");
        run("-Xmx48m", "generate", "--out", input.toString(), "--employees", "1000", "--months", "1",
                "--events-per-user-day", "114", "--seed", "3");
        JsonNode truth = JsonMapper.shared().readTree(input.resolve(".truth/expected.json").toFile());
        assertThat(truth.get("events").asLong()).isGreaterThanOrEqualTo(2_000_000);
        assertThat(Files.size(input.resolve("usage/events-2026-10.csv"))).isGreaterThan(128L << 20);

        run("-Xmx128m", "--input", input.toString(), "--output", output.toString(), "--data-dir",
                temp.resolve("data").toString(), "--period", "2026-10");

        JsonNode job = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        assertThat(job.get("dataQuality").get("rowsRejected").asLong()).isZero();
        assertThat(Truth.differences(job, truth)).isEmpty();
    }

    /** toolspend in a JVM of its own with the given heap; fails on a non-zero exit (an OutOfMemoryError too). */
    private void run(String heap, String... arguments) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, "dev.toolspend.ToolspendApplication"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(temp, "toolspend", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", arguments) + "\n" + Files.readString(log)).isZero();
    }
}
