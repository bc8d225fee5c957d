package dev.toolspend.ingest.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What one reading of an input folder has learnt of its files, so that it reads none of them twice: each
 * file's SHA-256 (the run's fingerprint and the inventory both need it), what one pass keeps for a later one
 * (the aggregate of an event log the inventory read through), and which large files were taken for UTF-8 on
 * their head until a reading confirms it; and how many threads the reading uses.
 *
 * <p>Entries are keyed by path, size and modification time: a file that changes is another file. One cache
 * serves one run (the job makes a new one each time a run starts), so nothing read outlives the run that read
 * it. Written files (the workbook, the JSON) are never digested through it.
 */
public final class ReadCache {

    /** Digests taken before the reading started (while the application started): null when not known. */
    @FunctionalInterface
    public interface KnownDigests {
        /** The digest of {@code file} if it was taken while the file had this {@link #key}, else null. */
        String digest(Path file, String key);
    }

    /** Files from this size on may be judged by their head first ({@link TextEncoding#detect(Path, ReadCache)}). */
    static final long HEAD_CHECK_FROM = 64L << 20;
    /** How much of such a file is checked at once. */
    static final int HEAD = 1 << 20;

    private final int threads;
    private final KnownDigests known;
    private final long headCheckFrom;
    private final int head;
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final Map<String, Object> kept = new HashMap<>();
    private final Set<String> unverified = ConcurrentHashMap.newKeySet();

    /** @param threads threads to read with; 0 or less means one per core */
    public ReadCache(int threads) {
        this(threads, null);
    }

    /** @param known digests taken earlier, used when the file's size and time are still the same; may be null */
    public ReadCache(int threads, KnownDigests known) {
        this(threads, known, HEAD_CHECK_FROM, HEAD);
    }

    private ReadCache(int threads, KnownDigests known, long headCheckFrom, int head) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.known = known;
        this.headCheckFrom = headCheckFrom;
        this.head = head;
    }

    /** A cache that judges files of {@code from} bytes or more by their first {@code head} bytes (tests use small sizes). */
    public static ReadCache withHeadCheck(int threads, long from, int head) {
        return new ReadCache(threads, null, from, head);
    }

    /** A cache for a single use (tests, tools): one thread per core. */
    public static ReadCache perCore() {
        return new ReadCache(0);
    }

    public int threads() {
        return threads;
    }

    long headCheckFrom() {
        return headCheckFrom;
    }

    int head() {
        return head;
    }

    /** The file's SHA-256, taken once while its size and modification time stay the same. */
    public String digest(Path file) throws IOException {
        String key = key(file);
        String digest = digests.get(key);
        if (digest != null) {
            return digest;
        }
        digest = known == null ? null : known.digest(file, key);
        if (digest == null) {
            digest = Sha256.of(file);
        }
        digests.put(key, digest);
        return digest;
    }

    /** Keeps what one pass read of a file, in a given form, for a later pass; a change of the file voids it. */
    public void keep(Path file, String form, Object value) throws IOException {
        synchronized (kept) {
            kept.put(key(file) + "|" + form, value);
        }
    }

    /** What was kept of the file in this form, once: null when nothing was kept or the file changed since. */
    public <T> T take(Path file, String form, Class<T> type) throws IOException {
        synchronized (kept) {
            return type.cast(kept.remove(key(file) + "|" + form));
        }
    }

    /** Forgets what was kept of a file (its encoding turned out other than assumed). */
    public void forget(Path file) {
        String prefix = file.toAbsolutePath().normalize() + "|";
        synchronized (kept) {
            kept.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    /** The file was taken for UTF-8 on its head only ({@link TextEncoding#detect(Path, ReadCache)}). */
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

    /** What identifies a file's content for as long as it is not rewritten: its path, size and modification time. */
    public static String key(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return file.toAbsolutePath().normalize() + "|" + attributes.size() + "|"
                + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
