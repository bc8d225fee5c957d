package dev.toolspend.ingest;

/**
 * Row counts of one input table. {@code read = used + rejected}; blank rows are counted apart as
 * skipped and are not part of {@code read}.
 */
public record FileStats(long read, long rejected, long skipped) {

    public long used() {
        return read - rejected;
    }
}
