package dev.toolspend.model;

/**
 * Where a record came from, so that every figure can be traced back to its input row.
 *
 * @param file  path relative to the input folder
 * @param sheet sheet name for workbooks, null for CSV files
 * @param line  physical line (CSV) or row number as Excel shows it (workbooks); 0 for the whole file
 */
public record SourceRef(String file, String sheet, long line) {

    public static SourceRef csv(String file, long line) {
        return new SourceRef(file, null, line);
    }

    /** The table this row is in (the file and sheet, line 0): what rows of one table share. */
    public SourceRef table() {
        return line == 0 ? this : new SourceRef(file, sheet, 0);
    }

    /** The file, with the sheet in brackets for workbooks: {@code licenses.xlsx [Licenses]}. */
    public String fileLabel() {
        return sheet == null ? file : file + " [" + sheet + "]";
    }

    @Override
    public String toString() {
        return fileLabel() + (line > 0 ? ":" + line : "");
    }
}
