package dev.toolspend.job;

import dev.toolspend.ingest.table.ReadCache;

/**
 * The read cache of the run under way ({@link ReadCache}: file digests, what the inventory keeps for a later
 * step, encodings still to confirm): a new one when a run starts, none once it ends, so that a process that
 * lives on (schedule mode) never trusts what an earlier run read. Also how many threads a run reads with
 * ({@code toolspend.read-threads}).
 */
public final class RunCache {

    private final int threads;
    private ReadCache current;

    /** @param threads threads to read with; 0 or less means one per core */
    public RunCache(int threads) {
        this.threads = threads;
    }

    /** A run starts: a new cache, with the digests taken while the application started (or null). */
    public synchronized ReadCache start(EarlyDigests early) {
        current = new ReadCache(threads, early);
        return current;
    }

    /** The cache of the run under way; a job started without {@link #start} (tests) gets one of its own. */
    public synchronized ReadCache current() {
        return current != null ? current : start(null);
    }

    /** The run has ended: nothing it read is kept. */
    public synchronized void end() {
        current = null;
    }
}
