package dev.toolspend.job;

import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.table.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The SHA-256 of every input file, taken on one background thread while the application starts (a core is
 * idle then), for the run that follows at once: a gigabyte's digest takes about a second that the run
 * would otherwise spend before its job starts. A digest is used only if the file's size and modification
 * time are still those it had when it was read (the same rule {@link ReadCache} applies within a run);
 * otherwise, or if it failed, the run digests the file itself and sees the same error. Never for a run
 * that starts later (schedule mode): files may have changed by then.
 */
public final class EarlyDigests implements AutoCloseable, ReadCache.KnownDigests {

    private record Taken(String key, String digest) {
    }

    private final ExecutorService thread;
    private final Map<Path, Future<Taken>> digests = new ConcurrentHashMap<>();     // the inventory asks on two threads

    private EarlyDigests(ExecutorService thread) {
        this.thread = thread;
    }

    /** Starts digesting the files of {@code root} (largest first); a folder that cannot be listed gives none. */
    public static EarlyDigests start(Path root, Path exclude) {
        EarlyDigests early = new EarlyDigests(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "early-digests");
            t.setDaemon(true);
            return t;
        }));
        try {
            List<Path> files = InputScanner.listFiles(root, exclude).stream().map(root::resolve)
                    .sorted(Comparator.comparingLong(EarlyDigests::sizeOf).reversed()).toList();
            for (Path file : files) {
                early.digests.put(file.toAbsolutePath().normalize(), early.thread.submit(() -> take(file)));
            }
        } catch (IOException e) {
            // the run lists the folder itself and reports why it cannot
        }
        return early;
    }

    private static Taken take(Path file) throws IOException {
        String before = ReadCache.key(file);
        String digest = Sha256.of(file);
        return before.equals(ReadCache.key(file)) ? new Taken(before, digest) : null;
    }

    /**
     * The digest taken early, waiting for it if it is being taken; null when the file was not listed, has
     * changed since, or could not be read (the caller digests it and meets the error itself).
     */
    @Override
    public String digest(Path file, String key) {
        Future<Taken> pending = digests.remove(file.toAbsolutePath().normalize());
        if (pending == null) {
            return null;
        }
        try {
            Taken taken = pending.get();
            return taken != null && taken.key().equals(key) ? taken.digest() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return null;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
