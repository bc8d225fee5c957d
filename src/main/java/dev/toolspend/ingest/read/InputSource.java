package dev.toolspend.ingest.read;

import dev.toolspend.ingest.header.HeaderMatch;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.table.CsvFormat;
import dev.toolspend.ingest.table.FileSnapshot;
import dev.toolspend.ingest.value.ColumnFormats;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.FormatDecision;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.TableRead;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recognised table: a CSV file, or one sheet of a workbook, with the row its header is on and how
 * its values are written, as the inventory settled it.
 *
 * @param path       relative to the input folder, with '/' separators
 * @param sheet      the sheet name, null for CSV files
 * @param headerLine the line (or Excel row number) of the header; data rows follow it
 * @param format     encoding and delimiter of a CSV file; null for a sheet
 * @param formats    the decimal mark and day/month order of its amount and date columns
 * @param snapshot   the file's size and time when the inventory read it; a reading of another file is refused
 */
public record InputSource(String path, String sheet, HeaderMatch header, long headerLine, CsvFormat format,
                          ColumnFormats formats, FileSnapshot snapshot) {

    public InputSource withSnapshot(FileSnapshot taken) {
        return new InputSource(path, sheet, header, headerLine, format, formats, taken);
    }

    public InputKind kind() {
        return header.kind();
    }

    public Layout layout() {
        return header.layout();
    }

    public List<String> columns() {
        return header.header();
    }

    /** How the table was read, with its row counts, as the report states it. */
    public TableRead asRead(FileStats stats) {
        Map<String, String> columns = new TreeMap<>();
        header.columns().forEach((field, index) -> columns.put(field.name(), header.header().get(index)));
        return new TableRead(path, sheet, kind(), layout().name(), headerLine,
                format == null ? null : format.encoding().label(), format == null ? null : format.delimiterName(),
                decisions(), stats, columns);
    }

    /** The decisions the report states: one per amount or date column that needed one. */
    public List<FormatDecision> decisions() {
        return formats.decisions(header.header());
    }
}
