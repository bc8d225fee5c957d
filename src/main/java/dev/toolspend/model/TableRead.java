package dev.toolspend.model;

import java.util.List;
import java.util.Map;

/**
 * How one recognised table (a CSV file or a sheet) was read, as the report states it.
 *
 * @param layout     the export it was recognised as (a layout's name, labelled {@code layout.<name>})
 * @param headerLine the line (or Excel row) of its header
 * @param encoding   the encoding of a CSV file as people know it ({@code UTF-8 (BOM)}), null for a sheet
 * @param delimiter  the delimiter of a CSV file ({@code COMMA}, {@code SEMICOLON}, {@code TAB}, {@code PIPE}),
 *                   null for a sheet
 * @param decisions  how its amount and date columns were read
 * @param columns    the column that holds each field it was read for, as the file names it, by field name
 *                   ({@code CURRENCY} → {@code Devise}): what a rejection found after reading points at
 */
public record TableRead(String path, String sheet, InputKind kind, String layout, long headerLine, String encoding,
                        String delimiter, List<FormatDecision> decisions, FileStats stats, Map<String, String> columns) {

    public TableRead {
        decisions = List.copyOf(decisions);
        columns = Map.copyOf(columns);
    }

    public TableRead withStats(FileStats counted) {
        return new TableRead(path, sheet, kind, layout, headerLine, encoding, delimiter, decisions, counted, columns);
    }

    /** The table as a source (line 0): what {@link SourceRef#table()} of its rows equals. */
    public SourceRef table() {
        return new SourceRef(path, sheet, 0);
    }

    public TableRead(String path, String sheet, InputKind kind, FileStats stats) {
        this(path, sheet, kind, null, 0, null, null, List.of(), stats, Map.of());
    }
}
