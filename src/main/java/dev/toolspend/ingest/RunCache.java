package dev.toolspend.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What one run has already read of its input files, so that it reads none of them twice: each file's
 * SHA-256 (the run's fingerprint and the inventory both need it) and the aggregate of each plain event log
 * the inventory read through (the usage step takes it instead of reading gigabytes again), and which large
 * files were taken for UTF-8 on their first megabyte until a reading confirms it. Also how many
 * threads the run reads with ({@code toolspend.read-threads}), and, for a run started from the command line,
 * the digests taken while the application started ({@link EarlyDigests}).
 *
 * <p>Entries are keyed by path, size and modification time, and the cache is emptied when a run starts and
 * when it ends: a process that lives on (schedule mode) never trusts a digest or an aggregate taken by an
 * earlier run. Written files (the workbook, the JSON) are never digested through it.
 */
public final class RunCache {

    private final int threads;
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final Map<String, FastEventLog.Result> eventLogs = new HashMap<>();
    private final java.util.Set<String> unverified = ConcurrentHashMap.newKeySet();
    private volatile EarlyDigests early;

    /** @param threads threads to read with; 0 or less means one per core */
    public RunCache(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** A cache for a single use (tests, tools): one thread per core. */
    public static RunCache perCore() {
        return new RunCache(0);
    }

    public int threads() {
        return threads;
    }

    /** The file's SHA-256, taken once per run while its size and modification time stay the same. */
    public String digest(Path file) throws IOException {
        String key = key(file);
        String known = digests.get(key);
        if (known != null) {
            return known;
        }
        EarlyDigests taken = early;
        String digest = taken == null ? null : taken.digest(file, key);
        if (digest == null) {
            digest = Sha256.of(file);
        }
        digests.put(key, digest);
        return digest;
    }

    /** Digests taken while the application started, for the run that starts now ({@link EarlyDigests}). */
    public void useEarlyDigests(EarlyDigests digests) {
        this.early = digests;
    }

    /** Keeps what the inventory read of an event log for the read step; a later change of the file voids it. */
    void keepEventLog(Path file, String form, FastEventLog.Result result) throws IOException {
        synchronized (eventLogs) {
            eventLogs.put(key(file) + "|" + form, result);
        }
    }

    /** The kept aggregate of the event log in this form, once: null when none was kept or the file changed. */
    FastEventLog.Result takeEventLog(Path file, String form) throws IOException {
        synchronized (eventLogs) {
            return eventLogs.remove(key(file) + "|" + form);
        }
    }

    /** Forgets what was kept of a file (its encoding turned out other than assumed). */
    void forget(Path file) {
        String prefix = file.toAbsolutePath().normalize() + "|";
        synchronized (eventLogs) {
            eventLogs.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    /** The file was taken for UTF-8 on its head only ({@link TextEncoding#detect(Path, RunCache)}). */
    void markUnverified(Path file) throws IOException {
        unverified.add(key(file));
    }

    /** Whether the file was taken for UTF-8 on its head only, and nothing has confirmed it since. */
    public boolean unverified(Path file) throws IOException {
        return unverified.contains(key(file));
    }

    void verified(Path file) throws IOException {
        unverified.remove(key(file));
    }

    /** Forgets everything: a run starts or ends. */
    public void clear() {
        synchronized (eventLogs) {
            eventLogs.clear();
        }
        digests.clear();
        unverified.clear();
        early = null;
    }

    static String key(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return file.toAbsolutePath().normalize() + "|" + attributes.size() + "|"
                + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
