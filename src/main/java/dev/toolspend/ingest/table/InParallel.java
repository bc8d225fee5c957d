package dev.toolspend.ingest.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Tasks run on a few daemon threads, their results taken in the order the tasks were given (so what is
 * built from them does not depend on which finished first). A task's IOException, RuntimeException or Error
 * is rethrown as it was.
 */
public final class InParallel {

    /** One task: reads something, may fail with an IOException. */
    @FunctionalInterface
    public interface Task<T> {
        T call() throws IOException;
    }

    private InParallel() {
    }

    public static <T> List<T> run(String threadName, int threads, List<? extends Task<T>> tasks, String what)
            throws IOException {
        return run(threadName, threads, tasks, what, result -> false);
    }

    /**
     * As {@link #run(String, int, List, String)}, but returns null as soon as a result, taken in order, is one
     * to {@code stopAt} (the tasks still running are interrupted).
     */
    public static <T> List<T> run(String threadName, int threads, List<? extends Task<T>> tasks, String what,
                           Predicate<T> stopAt) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Task<T> task : tasks) {
                futures.add(pool.submit(task::call));
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> future : futures) {
                T result = future.get();
                if (stopAt.test(result)) {
                    return null;
                }
                results.add(result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
