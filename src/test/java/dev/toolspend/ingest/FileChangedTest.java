package dev.toolspend.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A file that shrinks while the byte readers read it (truncated or replaced by its exporter) ends the
 * reading with an error that rejects the table as unreadable; it never leaves a reader waiting for bytes
 * that will not come (the review found them spinning forever).
 */
class FileChangedTest {

    @TempDir
    Path dir;

    private Path log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("2026-10-03T10:00:00Z,u").append(i % 50).append("@x.io,Slack\n");
        }
        return Files.writeString(dir.resolve("e.csv"), text);
    }

    @Test
    void aRangeOfAFileThatShrankAfterItWasCutIsAnError() throws Exception {
        Path file = log();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long[] range = FastEventLog.ranges(channel, 0, 1).get(0);
            channel.truncate(range[1] / 2);
            FastEventLog.LineRange reader = new FastEventLog.LineRange(range[0], range[1]) {
                @Override
                boolean line(byte[] b, int s, int e, long index) {
                    return true;
                }
            };
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> FastEventLog.inParallel(channel, java.util.List.of(reader), 1, "e.csv"))
                            .isInstanceOf(FileChangedException.class)
                            .hasMessageStartingWith("the file changed while it was read"));
        }
    }

    @Test
    void cuttingRangesOfAFileThatShrinksIsAnError() throws Exception {
        Path file = log();
        try (FileChannel real = FileChannel.open(file, StandardOpenOption.READ)) {
            FileChannel shrinking = new Shrinking(real, real.size(), real.size() / 3);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> FastEventLog.ranges(shrinking, 0, 4))
                            .isInstanceOf(FileChangedException.class));
        }
    }

    @Test
    void theAsciiCheckOfAFileThatShrinksIsAnError() throws Exception {
        Path file = log();
        long size = Files.size(file);
        assertThat(TextEncoding.asciiRange(file, 0, size)).isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> TextEncoding.asciiRange(new Shrinking(null, size, size / 2), 0L, size))
                        .isInstanceOf(FileChangedException.class));
    }

    /** A channel that still reports its old size but ends where the file now ends. */
    private static final class Shrinking extends FileChannel {
        private final FileChannel real;
        private final long size;
        private final long end;

        Shrinking(FileChannel real, long size, long end) {
            this.real = real;
            this.size = size;
            this.end = end;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            if (position >= end) {
                return -1;
            }
            int want = (int) Math.min(dst.remaining(), end - position);
            if (real == null) {                             // all ASCII
                for (int i = 0; i < want; i++) {
                    dst.put((byte) 'a');
                }
                return want;
            }
            ByteBuffer slice = dst.duplicate();
            slice.limit(slice.position() + want);
            int n = real.read(slice, position);
            dst.position(slice.position());
            return n;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            return 0;
        }

        @Override
        public FileChannel position(long newPosition) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void force(boolean metaData) {
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() {
        }
    }
}
