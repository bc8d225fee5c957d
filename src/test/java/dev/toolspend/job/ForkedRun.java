package dev.toolspend.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** toolspend in a JVM of its own, with the heap given: what a memory bound is held to (an OutOfMemoryError exits). */
public final class ForkedRun {

    private ForkedRun() {
    }

    /** A run under way: its process, and the file its output (both streams) goes to. */
    public record Started(Process process, Path log) {

        /** Waits for the end within {@code limit} (killing it past that); its exit status. */
        public int exit(Duration limit) throws InterruptedException {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("not finished within " + limit + ": " + output());
            }
            return process.exitValue();
        }

        public String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }
    }

    /** Starts toolspend in a JVM of its own, with the heap given. */
    public static Started start(Path work, String heap, String... arguments) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, "dev.toolspend.ToolspendApplication"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(work, "toolspend", ".log");
        return new Started(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
                log);
    }

    /** Runs to the end within {@code limit}; fails on a non-zero exit, with the run's output. Returns that output. */
    public static String run(Path work, String heap, Duration limit, String... arguments)
            throws IOException, InterruptedException {
        Started started = start(work, heap, arguments);
        Process process = started.process();
        Path log = started.log();
        boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        assertThat(finished).as("finished within " + limit + "\n" + Files.readString(log)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", arguments) + "\n" + Files.readString(log)).isZero();
        return Files.readString(log);
    }
}
