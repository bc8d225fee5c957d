package dev.toolspend.job.cli;

import dev.toolspend.job.ForkedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs started together on a new data folder: exactly one runs the job, the other waits for it and finds the
 * period done (or, with --no-wait, stops at once with status 5 naming the holder); a holder killed with SIGKILL
 * leaves no lock behind. Child JVMs, as cron would start them.
 */
class OneRunAtATimeIT {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    private String[] arguments(Path data, String... more) {
        String[] base = {"--input", Path.of("input-samples").toAbsolutePath().toString(), "--output",
                temp.resolve("out").toString(), "--period", "2026-10", "--data-dir", data.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void twoRunsStartedTogetherRunTheJobOnce() throws Exception {
        for (int pair = 0; pair < 3; pair++) {
            Path data = temp.resolve("data" + pair);       // new each time: both would create the database
            ForkedRun.Started first = ForkedRun.start(temp, "-Xmx256m", arguments(data));
            Thread.sleep(pair * 3L);
            ForkedRun.Started second = ForkedRun.start(temp, "-Xmx256m", arguments(data));
            assertThat(first.exit(LIMIT)).as(first.output()).isZero();
            assertThat(second.exit(LIMIT)).as(second.output()).isZero();
            String both = first.output() + second.output();
            assertThat(count(both, "rows read:") / 13).as("the job ran once\n" + both).isEqualTo(1);
            assertThat(count(both, "is already done for these input files")).as(both).isEqualTo(1);
            assertThat(count(both, "another toolspend run holds")).as("the second said it waits\n" + both).isEqualTo(1);
        }
    }

    @Test
    void withNoWaitTheSecondStopsAtOnceNamingTheFirst() throws Exception {
        Path data = temp.resolve("data");
        ForkedRun.Started first = ForkedRun.start(temp, "-Xmx256m", arguments(data));
        waitForLock(data, first);
        ForkedRun.Started second = ForkedRun.start(temp, "-Xmx256m", arguments(data, "--no-wait"));
        assertThat(second.exit(LIMIT)).as(second.output()).isEqualTo(ToolspendCommand.BUSY);
        assertThat(second.output()).contains("another toolspend run holds", "pid=" + first.process().pid());
        assertThat(first.exit(LIMIT)).isZero();
    }

    @Test
    void aKilledHolderLeavesNoLockBehind() throws Exception {
        Path data = temp.resolve("data");
        ForkedRun.Started holder = ForkedRun.start(temp, "-Xmx256m", arguments(data));
        waitForLock(data, holder);
        holder.process().destroyForcibly();                       // SIGKILL: no hook, no cleanup
        assertThat(holder.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        ForkedRun.Started next = ForkedRun.start(temp, "-Xmx256m", arguments(data, "--no-wait"));
        assertThat(next.exit(LIMIT)).as(next.output()).isZero();
        assertThat(next.output()).doesNotContain("another toolspend run holds");
    }

    /** Until the run has taken its lock (its holder line is in the lock file). */
    private static void waitForLock(Path data, ForkedRun.Started run) throws Exception {
        Path lock = data.resolve("toolspend.lock");
        for (int i = 0; i < 300; i++) {
            if (Files.exists(lock) && Files.readString(lock).contains("pid=" + run.process().pid())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never took its lock: " + run.output());
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
