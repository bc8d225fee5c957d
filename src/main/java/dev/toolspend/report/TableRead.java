package dev.toolspend.report;

import dev.toolspend.ingest.FileStats;
import dev.toolspend.model.InputKind;

/** How one recognised table (a CSV file or a sheet) was read. */
public record TableRead(String path, String sheet, InputKind kind, FileStats stats) {
}
