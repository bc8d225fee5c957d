package dev.toolspend.job.cli;

import dev.toolspend.job.Console;
import dev.toolspend.job.JobRunner;
import dev.toolspend.job.RunRequest;
import dev.toolspend.model.Period;
import org.springframework.scheduling.support.CronExpression;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The long-running mode: waits for each time of a cron expression and reports the month before it.
 * A run that stops (bad inputs) is reported and the schedule goes on; the same files are never
 * reported twice, since each run is identified by its inputs.
 */
final class MonthlySchedule {

    private final CronExpression cron;
    private final JobRunner runner;
    private final Console console;

    MonthlySchedule(CronExpression cron, JobRunner runner, Console console) {
        this.cron = cron;
        this.runner = runner;
        this.console = console;
    }

    int runForever(Path input, Path output) throws Exception {
        while (!Thread.currentThread().isInterrupted()) {
            ZonedDateTime next = cron.next(ZonedDateTime.now(ZoneId.systemDefault()));    // the machine's, as cron's
            if (next == null) {
                console.stopped("noSchedule", cron.toString());
                return JobRunner.STOPPED;
            }
            console.say("nextRun", next.toLocalDateTime().toString(), cron.toString());
            Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(next.getZone()), next).toMillis()));
            try {
                runner.run(new RunRequest(input, output, Period.previousMonth(next.toLocalDate()), false));
            } catch (Exception e) {
                console.say("scheduleFailed", next.toLocalDate().toString(), String.valueOf(e.getMessage()));
            }
        }
        return JobRunner.OK;
    }
}
