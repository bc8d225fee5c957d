package dev.toolspend.report;

import dev.toolspend.ingest.CsvFormat;
import dev.toolspend.ingest.FileStats;
import dev.toolspend.ingest.FormatDecision;
import dev.toolspend.ingest.Layout;
import dev.toolspend.model.InputKind;

import java.util.List;

/**
 * How one recognised table (a CSV file or a sheet) was read.
 *
 * @param format    encoding and delimiter of a CSV file, null for a sheet
 * @param decisions how its amount and date columns were read
 */
public record TableRead(String path, String sheet, InputKind kind, Layout layout, long headerLine, CsvFormat format,
                        List<FormatDecision> decisions, FileStats stats) {

    public TableRead {
        decisions = List.copyOf(decisions);
    }

    public TableRead(String path, String sheet, InputKind kind, FileStats stats) {
        this(path, sheet, kind, null, 0, null, List.of(), stats);
    }
}
