package dev.toolspend.ingest.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of text ended by LF, CR or CRLF, as {@link java.io.BufferedReader#readLine} gives them, except that a line
 * longer than a bound is not held: its first characters are kept, the rest is skipped, and {@link #cut} says so.
 * A file with no line break at all then costs the bound, not the file's size, in memory.
 */
final class LineReader implements Closeable {

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private boolean skipLf;
    private long lastLength;

    LineReader(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its terminator (its first {@code max} characters when longer), or null at the end. */
    String next() throws IOException {
        StringBuilder line = null;
        long count = 0;
        while (true) {
            if (position >= length) {
                length = in.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    if (line == null) {
                        return null;
                    }
                    lastLength = count;
                    return line.toString();
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            if (line == null) {
                line = new StringBuilder(80);
            }
            int start = position;
            while (position < length && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int n = position - start;
            int room = (int) Math.max(0, Math.min(n, max - count));
            line.append(buffer, start, room);
            count += n;
            if (position < length) {
                skipLf = buffer[position] == '\r';
                position++;
                lastLength = count;
                return line.toString();
            }
        }
    }

    /** Whether the last line returned was longer than the bound, and was cut to it. */
    boolean cut() {
        return lastLength > max;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
