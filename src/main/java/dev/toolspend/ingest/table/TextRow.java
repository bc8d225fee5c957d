package dev.toolspend.ingest.table;

/**
 * A CSV row: its cells as text (trimmed when read, as every reader trims them), or, for a line that cannot
 * be parsed into fields, the line alone and why ({@link #problem}).
 */
public final class TextRow implements TableRow {

    private final long line;
    private final String[] fields;
    private final String problem;

    /** @param fields the row's cells, kept as given (not copied: the readers hand over a new array per row) */
    TextRow(long line, String[] fields, String problem) {
        this.line = line;
        this.fields = fields;
        this.problem = problem;
    }

    /** A line without quotes: its cells between each {@code delimiter}, empty ones kept. */
    public static TextRow of(long line, String text, char delimiter) {
        return new TextRow(line, CsvFiles.cells(text, delimiter), null);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int size() {
        return fields.length;
    }

    @Override
    public String text(int column) {
        return column >= 0 && column < fields.length ? fields[column].strip() : "";
    }

    @Override
    public String problem() {
        return problem;
    }
}
