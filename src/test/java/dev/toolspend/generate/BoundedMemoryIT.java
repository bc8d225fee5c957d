package dev.toolspend.generate;

import dev.toolspend.job.ForkedRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory is bounded by the company, not by its events: 2 million events are generated in a JVM of 48 MB
 * and read by the whole job in a JVM of 128 MB (a 140 MB event log, larger than that heap), which finds
 * the true figures — with ISO timestamps (the byte reader's own form), with US-style timestamps (every
 * line read by the general rules) and with accented user names. Not timed: docs/performance.md has the
 * figures.
 */
class BoundedMemoryIT {

    @TempDir
    static Path generated;

    @TempDir
    Path temp;

    private static Path input;

    @BeforeAll
    static void twoMillionEvents() throws Exception {
        input = generated.resolve("in");
        run(generated, "-Xmx48m", "generate", "--out", input.toString(), "--employees", "1000", "--months", "1",
                "--events-per-user-day", "114", "--seed", "3");
        JsonNode truth = JsonMapper.shared().readTree(input.resolve(".truth/expected.json").toFile());
        assertThat(truth.get("events").asLong()).isGreaterThanOrEqualTo(2_000_000);
        assertThat(Files.size(input.resolve("usage/events-2026-10.csv"))).isGreaterThan(128L << 20);
    }

    @Test
    void twoMillionEventsGoThroughTheJobIn128Megabytes() throws Exception {
        assertTheJobFindsTheTruthIn128Megabytes(input);
    }

    /** {@code 10/01/2026 08:01:54} (the zone's local time): no line is the byte reader's, all go by the general rules. */
    @Test
    void twoMillionEventsWithUsStyleTimestampsGoThroughIn128Megabytes() throws Exception {
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");
        ZoneId zone = ZoneId.of("America/Toronto");
        Path copy = rewritten(line -> {
            int comma = line.indexOf(',');
            LocalDateTime utc = LocalDateTime.parse(line.substring(0, comma - 1));     // 2026-10-01T12:01:54Z
            return us.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)) + line.substring(comma);
        }, UnaryOperator.identity());
        assertThat(Files.readAllLines(copy.resolve("usage/events-2026-10.csv")).get(1))
                .matches("10/\\d\\d/2026 \\d\\d:\\d\\d:\\d\\d,.+");
        assertTheJobFindsTheTruthIn128Megabytes(copy);
    }

    /** Every user renamed {@code é…} in both usage files: the figures per tool stay the truth. */
    @Test
    void twoMillionEventsOfAccentedUsersGoThroughIn128Megabytes() throws Exception {
        Path copy = rewritten(line -> {
            int comma = line.indexOf(',');
            return line.substring(0, comma + 1) + "é" + line.substring(comma + 1);     // timestamp,user,app
        }, line -> "é" + line);                                                          // user,tool,last_active,status
        assertTheJobFindsTheTruthIn128Megabytes(copy);
    }

    private static void assertTheJobFindsTheTruthIn128Megabytes(Path in) throws Exception {
        Path work = Files.createTempDirectory(in.getParent(), "run");
        Path output = work.resolve("out");
        run(work, "-Xmx128m", "--input", in.toString(), "--output", output.toString(), "--data-dir",
                work.resolve("data").toString(), "--period", "2026-10");
        JsonNode truth = JsonMapper.shared().readTree(input.resolve(".truth/expected.json").toFile());
        JsonNode job = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        assertThat(job.get("dataQuality").get("rowsRejected").asLong()).isZero();
        assertThat(Truth.differences(job, truth)).isEmpty();
    }

    /** A copy of the generated folder with each data line of the event log and of the usage summary rewritten. */
    private Path rewritten(UnaryOperator<String> event, UnaryOperator<String> summaryRow) throws IOException {
        Path copy = temp.resolve("in");
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(input.relativize(file).toString());
                Files.createDirectories(target.getParent());
                String name = file.getFileName().toString();
                if (name.startsWith("events-")) {
                    rewrite(file, target, event);
                } else if (name.equals("usage-summary.csv")) {
                    rewrite(file, target, summaryRow);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static void rewrite(Path from, Path to, UnaryOperator<String> line) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.write('\n');
            for (String text; (text = in.readLine()) != null; ) {
                out.write(line.apply(text));
                out.write('\n');
            }
        }
    }

    private static void run(Path work, String heap, String... arguments) throws IOException, InterruptedException {
        ForkedRun.run(work, heap, Duration.ofMinutes(3), arguments);
    }
}
