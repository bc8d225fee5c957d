package dev.toolspend.ingest.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a CSV file is written: its encoding and its delimiter, settled once from the file itself and
 * shown in the report, so that every row is read the same way.
 */
public record CsvFormat(TextEncoding encoding, char delimiter) {

    static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** Every delimiter a CSV file may be found to use. */
    public static List<Character> delimiters() {
        List<Character> all = new ArrayList<>();
        for (char c : DELIMITERS) {
            all.add(c);
        }
        return all;
    }
    /** How many lines the delimiter is sniffed from (title rows and the header included). */
    static final int SNIFF_LINES = 30;
    /** How much of a line the delimiter is sniffed from (a file without line breaks is not held whole). */
    static final int SNIFF_CHARS = 1 << 16;

    public static CsvFormat detect(Path file) throws IOException {
        return withDelimiter(file, TextEncoding.detect(file));
    }

    /** For a run: a large file's encoding may be judged by its head first ({@link TextEncoding#detect(Path, ReadCache)}). */
    public static CsvFormat detect(Path file, ReadCache run) throws IOException {
        return withDelimiter(file, TextEncoding.detect(file, run));
    }

    private static CsvFormat withDelimiter(Path file, TextEncoding encoding) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(open(file, encoding), SNIFF_CHARS)) {
            for (String line; lines.size() < SNIFF_LINES && (line = reader.next()) != null; ) {
                lines.add(line);
            }
        }
        return new CsvFormat(encoding, sniff(lines));
    }

    /** The file's text, after its byte-order mark; undecodable bytes become U+FFFD rather than an error. */
    static BufferedReader open(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(Math.min(encoding.bomLength(), Files.size(file)));
        } catch (IOException e) {
            in.close();
            throw e;
        }
        var decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /**
     * The delimiter that splits the most lines into the same number of fields (quoted text aside):
     * a title row without delimiters, or commas inside decimal-comma amounts of a semicolon file,
     * do not mislead it. Comma when nothing splits.
     */
    static char sniff(List<String> lines) {
        char best = ',';
        long bestLines = 0;
        long bestFields = 0;
        for (char candidate : DELIMITERS) {
            Map<Integer, Integer> linesByCount = new HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate);
                if (count > 0) {
                    linesByCount.merge(count, 1, Integer::sum);
                }
            }
            int modeCount = 0;
            int modeLines = 0;
            for (var e : linesByCount.entrySet()) {
                if (e.getValue() > modeLines || (e.getValue() == modeLines && e.getKey() > modeCount)) {
                    modeLines = e.getValue();
                    modeCount = e.getKey();
                }
            }
            if (modeLines > bestLines || (modeLines == bestLines && modeCount > bestFields)) {
                best = candidate;
                bestLines = modeLines;
                bestFields = modeCount;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** How the report names the delimiter: comma, semicolon, tab or pipe. */
    public String delimiterName() {
        return switch (delimiter) {
            case ';' -> "SEMICOLON";
            case '\t' -> "TAB";
            case '|' -> "PIPE";
            default -> "COMMA";
        };
    }

    /** {@code UTF_8|,} for the staging tables. */
    public String encode() {
        return encoding.name() + "|" + delimiter;
    }

    public static CsvFormat decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int bar = text.indexOf('|');
        return new CsvFormat(TextEncoding.valueOf(text.substring(0, bar)), text.charAt(bar + 1));
    }
}
