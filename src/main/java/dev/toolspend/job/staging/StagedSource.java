package dev.toolspend.job.staging;

import dev.toolspend.ingest.read.InputSource;

/** A recognised table of the inventory, with its position among the instance's tables (for its counts). */
public record StagedSource(int seq, InputSource source) {
}
