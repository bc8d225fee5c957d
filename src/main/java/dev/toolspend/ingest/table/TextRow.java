package dev.toolspend.ingest.table;

/**
 * A CSV row: its cells as text (trimmed when read, as every reader trims them), or, for a line that cannot
 * be parsed into fields, the line alone and why ({@link #problem}).
 */
public record TextRow(long line, String[] fields, String problem) implements TableRow {

    /** A line without quotes: its cells between each {@code delimiter}, empty ones kept. */
    public static TextRow of(long line, String text, char delimiter) {
        return new TextRow(line, CsvFiles.cells(text, delimiter), null);
    }

    @Override
    public int size() {
        return fields.length;
    }

    @Override
    public String text(int column) {
        return column >= 0 && column < fields.length ? fields[column].strip() : "";
    }
}
