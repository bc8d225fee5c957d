package dev.toolspend.job.cli;

import dev.toolspend.generate.DatasetGenerator;
import dev.toolspend.job.ForkedRun;
import dev.toolspend.job.JsonFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long-running mode as a service runs it: a schedule fires at its time in the configured zone (not the
 * machine's), every line carries its time, and SIGTERM ends it; SIGTERM during a run stops the job between two
 * chunks and the next run resumes it to the same figures as a run never stopped. Child JVMs, signals included.
 */
class ScheduleIT {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    @Test
    void aNearScheduleFiresAtItsTimeInTheConfiguredZone() throws Exception {
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");            // UTC+14: the machine's time is another day
        // far enough for a JVM to start on a busy machine before it (else the schedule says "tomorrow")
        ZonedDateTime fire = ZonedDateTime.now(zone).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        YearMonth period = YearMonth.from(fire).minusMonths(1);
        Path input = temp.resolve("in");
        new DatasetGenerator(new DatasetGenerator.Settings(input, 20, 1, 2, 5, period, 0)).generate();
        String cron = fire.getSecond() + " " + fire.getMinute() + " " + fire.getHour() + " * * *";

        ForkedRun.Started scheduled = ForkedRun.start(temp, "-Xmx256m", "--input", input.toString(), "--output",
                temp.resolve("out").toString(), "--data-dir", temp.resolve("data").toString(), "--schedule", cron,
                "--time-zone", zone.getId());
        waitFor(scheduled, "Workbook:", Duration.ofSeconds(90));
        scheduled.process().destroy();                                           // SIGTERM
        scheduled.exit(LIMIT);

        String output = scheduled.output();
        assertThat(temp.resolve("out/toolspend-" + period + ".xlsx")).exists();
        assertThat(output).contains("next run: " + fire.toLocalDateTime() + " Pacific/Kiritimati",
                "scheduled run of " + fire.toLocalDateTime() + ": reporting " + period, "the schedule has ended");
        assertThat(output.lines().filter(line -> !line.isBlank() && !line.startsWith("[")))
                .as("every line carries its time in the zone").isNotEmpty()
                .allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+14:00 .*"), "time-stamped");
    }

    @Test
    void sigtermStopsARunAndTheNextRunResumesItToTheSameFigures() throws Exception {
        Path input = temp.resolve("in");
        new DatasetGenerator(new DatasetGenerator.Settings(input, 800, 1, 30, 11, YearMonth.of(2026, 10), 0))
                .generate();
        String[] clean = {"--input", input.toString(), "--output", temp.resolve("clean").toString(), "--data-dir",
                temp.resolve("clean-data").toString(), "--period", "2026-10"};
        ForkedRun.run(temp, "-Xmx512m", LIMIT, clean);
        String[] stopped = {"--input", input.toString(), "--output", temp.resolve("out").toString(), "--data-dir",
                temp.resolve("data").toString(), "--period", "2026-10"};

        ForkedRun.Started run = ForkedRun.start(temp, "-Xmx512m", stopped);
        waitFor(run, "tables recognised", Duration.ofSeconds(90));             // the inventory is done: the job runs
        run.process().destroy();                                                  // SIGTERM
        assertThat(run.exit(LIMIT)).as(run.output()).isNotZero();
        assertThat(run.output()).contains("stop requested");
        // the stop lands between two chunks, or (rarely) while a table is written: then the files start over
        boolean midWrite = run.output().contains("stopped on request (SIGTERM) while a table was being written");
        if (!midWrite) {
            assertThat(run.output()).contains("stopped on request (SIGTERM) between two chunks");
        }

        String resumed = ForkedRun.run(temp, "-Xmx512m", LIMIT, stopped);
        if (midWrite) {
            assertThat(resumed).doesNotContain("resuming it");
        } else {
            assertThat(resumed).contains("the previous run of these files stopped (STOPPED): resuming it");
        }
        assertThat(JsonFigures.differences(JsonFigures.withoutDetails(json(temp.resolve("out"))),
                JsonFigures.withoutDetails(json(temp.resolve("clean"))))).isEmpty();
    }

    private static JsonNode json(Path output) {
        return JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
    }

    private static void waitFor(ForkedRun.Started run, String text, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (run.output().contains(text)) {
                return;
            }
            if (!run.process().isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never said \"" + text + "\": " + run.output());
    }
}
