package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.table.ByteSearch;
import dev.toolspend.ingest.table.FileChangedException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * A byte range of whole lines, read through one buffer; subclasses see each line's bytes. A file that
 * ends before the range does (it shrank after its ranges were cut) is a {@link FileChangedException}.
 */
abstract class LineRange {

    /** Bytes read at once by a range (a longer line grows the buffer). */
    private static final int BUFFER = 1 << 20;
    /** A line longer than this goes to the general reader, which holds the read limits (a file without line breaks). */
    private static final int LONGEST_LINE = 16 << 20;

    final long from;
    final long to;
    long lines;
    boolean aborted;
    /** Every byte read, OR-ed: its high bits say whether the range held anything but ASCII. */
    long bits;

    LineRange(long from, long to) {
        this.from = from;
        this.to = to;
    }

    /**
     * One line, its terminator (LF or CRLF) excluded, and its index in the range (0 for the first; the
     * range's {@link #lines} counts it already); false when the file must go to the general reader.
     */
    abstract boolean line(byte[] b, int s, int e, long index);

    private boolean deliver(byte[] b, int s, int e) {
        long index = lines++;
        return line(b, s, e > s && b[e - 1] == '\r' ? e - 1 : e, index);
    }

    LineRange read(FileChannel channel) throws IOException {
        byte[] buffer = new byte[BUFFER];
        ByteBuffer wrap = ByteBuffer.wrap(buffer);
        long position = from;
        int kept = 0;                                   // bytes of an unfinished line at the buffer's start
        while (position < to || kept > 0) {
            int want = (int) Math.min(buffer.length - kept, to - position);
            if (want == 0 && kept == buffer.length) {   // a line longer than the buffer
                if (buffer.length >= LONGEST_LINE) {
                    aborted = true;
                    return this;
                }
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                wrap = ByteBuffer.wrap(buffer);
                continue;
            }
            int n = 0;
            if (want > 0) {
                wrap.limit(kept + want).position(kept);
                while (wrap.hasRemaining()) {
                    long at = position + (wrap.position() - kept);
                    if (channel.read(wrap, at) < 0) {       // shorter than when its ranges were cut
                        throw new FileChangedException(at, to);
                    }
                }
                n = wrap.position() - kept;
                position += n;
                bits |= ByteSearch.orOf(buffer, kept, kept + n);      // in cache: cheaper than another pass
            }
            int end = kept + n;
            boolean last = position >= to;
            int lineStart = 0;
            for (int i = ByteSearch.find(buffer, 0, end, ByteSearch.LF); i < end; i = ByteSearch.find(buffer, lineStart, end, ByteSearch.LF)) {
                if (!deliver(buffer, lineStart, i)) {
                    aborted = true;
                    return this;
                }
                lineStart = i + 1;
            }
            if (last) {
                if (lineStart < end && !deliver(buffer, lineStart, end)) {
                    aborted = true;
                }
                return this;
            }
            kept = end - lineStart;
            System.arraycopy(buffer, lineStart, buffer, 0, kept);
        }
        return this;
    }

    /** Whether every byte the range read was ASCII. */
    boolean ascii() {
        return (bits & ByteSearch.HIGHS) == 0;
    }

    /** An ASCII character that {@link String#strip()} removes from a cell's edges. */
    static boolean space(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }
}
