package dev.toolspend.ingest;

import dev.toolspend.model.InputKind;

import java.util.List;

/**
 * A recognised table: a CSV file, or one sheet of a workbook, with the row its header is on.
 *
 * @param path       relative to the input folder, with '/' separators
 * @param sheet      the sheet name, null for CSV files
 * @param headerLine the line (or Excel row number) of the header; data rows follow it
 */
public record InputSource(String path, String sheet, HeaderMatch header, long headerLine) {

    public InputKind kind() {
        return header.kind();
    }

    public List<String> columns() {
        return header.header();
    }
}
