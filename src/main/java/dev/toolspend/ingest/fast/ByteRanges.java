package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.table.FileChangedException;
import dev.toolspend.ingest.table.InParallel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A file's data cut into newline-aligned byte ranges, each read whole lines at a time ({@link LineRange}) on
 * its own thread; the ranges come back in file order, whichever finished first.
 */
final class ByteRanges {

    /** Byte ranges per thread: a few, so that a slow range does not leave a core idle for long. */
    static final int RANGES_PER_THREAD = 2;

    private ByteRanges() {
    }

    /** The byte offset of the first line after the header, or -1 when a bare CR comes first. */
    static long dataStart(FileChannel channel, int bom, long headerLine) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long position = bom;
        long line = 1;
        boolean afterCr = false;
        while (line <= headerLine) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return afterCr ? -1 : position;
            }
            for (int i = 0; i < n; i++) {
                byte c = buffer.get(i);
                if (afterCr && c != '\n') {
                    return -1;
                }
                afterCr = c == '\r';
                if (c == '\n' && ++line > headerLine) {
                    return position + i + 1;
                }
            }
            position += n;
        }
        return position;
    }

    /** About {@code count} ranges of the data, each starting at a line start. */
    static List<long[]> ranges(FileChannel channel, long start, int count) throws IOException {
        long size = channel.size();
        List<long[]> ranges = new ArrayList<>();
        long step = Math.max(1 << 16, (size - start) / count + 1);
        long from = start;
        ByteBuffer probe = ByteBuffer.allocate(1 << 16);
        while (from < size) {
            long to = Math.min(size, from + step);
            while (to < size) {                     // move to just after the next line feed
                probe.clear();
                int n = channel.read(probe, to);
                if (n < 0) {
                    throw new FileChangedException(to, size);
                }
                int i = 0;
                while (i < n && probe.get(i) != '\n') {
                    i++;
                }
                to += i;
                if (i < n) {
                    to++;
                    break;
                }
            }
            ranges.add(new long[]{from, Math.min(to, size)});
            from = to;
        }
        return ranges;
    }

    /** Reads the data's ranges on {@code threads} threads; null when one of them aborted. */
    static <R extends LineRange> List<R> inParallel(FileChannel channel, long start, int threads, String path,
                                                   Function<long[], R> range)
            throws IOException {
        List<R> jobs = new ArrayList<>();
        for (long[] bounds : ranges(channel, start, Math.max(1, threads) * RANGES_PER_THREAD)) {
            jobs.add(range.apply(bounds));
        }
        return inParallel(channel, jobs, threads, path);
    }

    /** Reads the given ranges on {@code threads} threads; null when one of them aborted. */
    static <R extends LineRange> List<R> inParallel(FileChannel channel, List<R> jobs, int threads, String path)
            throws IOException {
        List<InParallel.Task<R>> tasks = new ArrayList<>();
        for (R job : jobs) {
            tasks.add(() -> {
                job.read(channel);
                return job;
            });
        }
        return InParallel.run("range-reader", threads, tasks, "reading " + path, range -> range.aborted);
    }
}
