package dev.toolspend.ingest.table;

import com.opencsv.ICSVParser;
import dev.toolspend.model.Message;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A CSV row: its cells as text (trimmed when read, as every reader trims them), or, for a line that cannot
 * be parsed into fields, the line alone and why ({@link #problem}).
 */
public final class TextRow implements TableRow {

    private final long line;
    private final String[] fields;
    private final Message problem;

    /** @param fields the row's cells, kept as given (not copied: the readers hand over a new array per row) */
    TextRow(long line, String[] fields, Message problem) {
        this.line = line;
        this.fields = fields;
        this.problem = problem;
    }

    /**
     * A line without quotes, cut by the reading thread's RFC 4180 parser ({@link CsvFiles#parser}): its cells
     * between each delimiter, empty ones kept.
     */
    public static TextRow of(long line, String text, ICSVParser parser) {
        try {
            return new TextRow(line, parser.parseLine(text), null);
        } catch (IOException e) {
            throw new UncheckedIOException("a line without quotes cannot leave a field open: line " + line, e);
        }
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
    public Message problem() {
        return problem;
    }
}
