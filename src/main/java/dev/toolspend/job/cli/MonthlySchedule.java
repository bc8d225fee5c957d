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
 * The long-running mode: waits for each time of a cron expression, in the configured time zone
 * ({@code toolspend.time-zone}, not the machine's), and reports the month before it. A run that stops (bad inputs)
 * is reported and the schedule goes on; the same files are never reported twice, since each run is identified by
 * its inputs. SIGTERM ends it between runs at once, and during a run at the job's next chunk boundary.
 */
final class MonthlySchedule {

    private final CronExpression cron;
    private final ZoneId zone;
    private final JobRunner runner;
    private final Console console;
    private final GracefulStop stop;

    MonthlySchedule(CronExpression cron, ZoneId zone, JobRunner runner, Console console, GracefulStop stop) {
        this.cron = cron;
        this.zone = zone;
        this.runner = runner;
        this.console = console;
        this.stop = stop;
    }

    int runForever(Path input, Path output, Path archive, boolean archiveMove) throws Exception {
        while (!stop.requested()) {
            ZonedDateTime next = cron.next(ZonedDateTime.now(zone));
            if (next == null) {
                console.stopped("noSchedule", cron.toString());
                return JobRunner.STOPPED;
            }
            console.say("nextRun", next.toLocalDateTime().toString(), zone.getId(), cron.toString());
            try {
                Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(zone), next).toMillis()));
            } catch (InterruptedException e) {
                break;                                  // SIGTERM while waiting
            }
            console.say("fired", next.toLocalDateTime().toString(), Period.previousMonth(next.toLocalDate()).toString());
            try {
                runner.run(new RunRequest(input, output, Period.previousMonth(next.toLocalDate()), false, archive,
                        archiveMove));
            } catch (Exception e) {
                console.say("scheduleFailed", next.toLocalDate().toString(), String.valueOf(e.getMessage()));
            }
        }
        console.say("scheduleEnded");
        return JobRunner.OK;
    }
}
