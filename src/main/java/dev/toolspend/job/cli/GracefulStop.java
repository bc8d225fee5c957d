package dev.toolspend.job.cli;

import dev.toolspend.job.Console;
import dev.toolspend.job.JobRunner;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * SIGTERM (a shutdown, {@code kill}, systemd stopping the service) stops a running job at its next chunk boundary
 * rather than mid-write: the job ends STOPPED and the next run of the same files resumes it (a run whose own write
 * meets the stop's is forgotten, and the next run starts the files over). The process then ends
 * once the run and the application have closed, within {@link #GRACE}. Spring's own hook is off (it would close the
 * database under the running job).
 */
final class GracefulStop implements AutoCloseable {

    static final Duration GRACE = Duration.ofMinutes(2);

    private final Thread hook;
    private final Thread worker;
    private final AtomicReference<JobRunner> runner = new AtomicReference<>();
    private final AtomicReference<Console> console = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean requested;

    GracefulStop() {
        this.worker = Thread.currentThread();
        this.hook = new Thread(this::stop, "toolspend-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The application has started: a stop now goes through its job runner. */
    void started(JobRunner jobRunner, Console out) {
        runner.set(jobRunner);
        console.set(out);
    }

    boolean requested() {
        return requested;
    }

    private void stop() {
        requested = true;
        Console out = console.get();
        if (out != null) {
            out.say("stopping");
        }
        JobRunner running = runner.get();
        boolean stopping;
        try {
            stopping = running != null && running.stopRunning();
        } catch (RuntimeException e) {
            stopping = true;                    // the run goes on to its end, which this hook waits for
        }
        if (!stopping) {
            worker.interrupt();                 // waiting for the next scheduled time, or still starting
        }
        try {
            finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run and the application are closed: the process may end. */
    @Override
    public void close() {
        finished.countDown();
        if (!requested) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is already ending
            }
        }
    }
}
