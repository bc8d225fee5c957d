package dev.toolspend.ingest.table;

import com.opencsv.ICSVParser;
import dev.toolspend.model.Message;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A CSV file read as a {@link Table}, streamed, in its detected {@link CsvFormat}: RFC 4180 quoting
 * (opencsv's {@code RFC4180Parser}), quoted delimiters and line breaks, CR, LF or CRLF line ends.
 * A line that cannot be parsed does not end the file: a quote that is never closed (or a quoted line
 * break that leaves the record with the wrong number of fields) gives a row with a {@link TableRow#problem}
 * on the line where the record started, and reading goes on from the next line.
 */
public final class CsvTable implements Table {

    /** A quoted field longer than this many lines is taken for an unclosed quote. */
    static final int MAX_RECORD_LINES = 200;

    private record Line(long number, String text, boolean cut) {
    }

    private final LineReader reader;
    private final CsvFormat format;
    private final ReadLimits limits;
    private final Deque<Line> replay = new ArrayDeque<>();
    private ICSVParser parser;
    private long lineNumber;
    private int expectedFields = -1;

    private CsvTable(LineReader reader, CsvFormat format, ReadLimits limits) {
        this.reader = reader;
        this.format = format;
        this.limits = limits;
        this.parser = CsvFiles.parser(format.delimiter());
    }

    /** For tools and tests: the format detected, the default limits. */
    public static CsvTable open(Path file) throws IOException {
        return open(file, CsvFormat.detect(file), ReadLimits.DEFAULTS);
    }

    public static CsvTable open(Path file, CsvFormat format, ReadLimits limits) throws IOException {
        return new CsvTable(new LineReader(CsvFormat.open(file, format.encoding()), limits.lineChars()), format, limits);
    }

    public CsvFormat format() {
        return format;
    }

    public char delimiter() {
        return format.delimiter();
    }

    /**
     * The number of fields a record must have once the header is known: a record spread over several
     * lines by a quote with any other count is taken for a broken quote, not for data.
     */
    public void expectFields(int count) {
        this.expectedFields = count;
    }

    @Override
    public TableRow next() throws IOException {
        Line first = nextLine();
        if (first == null) {
            return null;
        }
        if (first.cut) {
            return new TextRow(first.number, new String[]{clip(first.text)}, limits.lineTooLong(first.number));
        }
        List<Line> consumed = new ArrayList<>();
        consumed.add(first);
        String[] fields = parser.parseLineMulti(first.text);
        while (parser.isPending()) {
            Line more = consumed.size() < MAX_RECORD_LINES ? nextLine() : null;
            if (more == null || more.cut) {
                if (more != null) {
                    consumed.add(more);
                }
                return broken(first, consumed, Message.of("row.quoteNeverClosed", first.number));
            }
            consumed.add(more);
            fields = combine(fields, parser.parseLineMulti(more.text));
        }
        if (consumed.size() > 1 && expectedFields > 0 && !fits(fields)) {
            return broken(first, consumed, Message.of("row.quoteRunsOver", first.number, (long) consumed.size(),
                    (long) fields.length, (long) expectedFields));
        }
        return new TextRow(first.number, fields, overLimit(first.number, fields));
    }

    /** Why a row holds more cells, or a longer cell, than the limits allow; null when it does not. */
    private Message overLimit(long line, String[] fields) {
        if (fields.length > limits.columns()) {
            return Message.of("limit.columns", line, (long) fields.length, (long) limits.columns());
        }
        for (String field : fields) {
            if (field.length() > limits.fieldChars()) {
                return limits.fieldTooLong(line, field.length());
            }
        }
        return null;
    }

    /** What a rejected line shows of itself when it is over a limit. */
    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** Gives back every line after the record's first, and a row saying why the first cannot be read. */
    private TableRow broken(Line first, List<Line> consumed, Message problem) {
        for (int i = consumed.size() - 1; i >= 1; i--) {
            replay.push(consumed.get(i));
        }
        parser = CsvFiles.parser(format.delimiter());
        return new TextRow(first.number, new String[]{first.text}, problem);
    }

    private boolean fits(String[] fields) {
        if (fields.length < expectedFields) {
            return false;
        }
        for (int i = expectedFields; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pop();
        }
        String text = reader.next();
        return text == null ? null : new Line(++lineNumber, text, reader.cut());
    }

    private static String[] combine(String[] head, String[] tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
