package dev.toolspend.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a text file's bytes become characters: UTF-8 with or without a byte-order mark, UTF-16 with a
 * byte-order mark (Excel's "Unicode text"), or Windows-1252 when the bytes are not valid UTF-8 (what
 * Excel and many banks write on Windows).
 */
public enum TextEncoding {
    UTF_8("UTF-8", StandardCharsets.UTF_8, 0),
    UTF_8_BOM("UTF-8 (BOM)", StandardCharsets.UTF_8, 3),
    UTF_16LE("UTF-16LE (BOM)", StandardCharsets.UTF_16LE, 2),
    UTF_16BE("UTF-16BE (BOM)", StandardCharsets.UTF_16BE, 2),
    WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"), 0);

    private final String label;
    private final Charset charset;
    private final int bomLength;

    TextEncoding(String label, Charset charset, int bomLength) {
        this.label = label;
        this.charset = charset;
        this.bomLength = bomLength;
    }

    /** The name people know it by, as the report shows it. */
    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }

    /** Bytes of byte-order mark to skip before the text. */
    public int bomLength() {
        return bomLength;
    }

    /** Reads the byte-order mark, else checks every byte of the file as UTF-8 (streamed). */
    public static TextEncoding detect(Path file) throws IOException {
        TextEncoding marked = byteOrderMark(file);
        if (marked != null) {
            return marked;
        }
        return checkedInFull(file, 1);
    }

    /**
     * As {@link #detect(Path)}, for a run: a large file without a byte-order mark whose first MB is ASCII is
     * taken for UTF-8 at once and left unverified in the run's cache: whoever reads it all confirms it
     * ({@link #verifiedFrom}), or {@link #verify} checks it — one pass over a gigabyte instead of two. A full
     * check runs on the run's read threads.
     */
    public static TextEncoding detect(Path file, ReadCache run) throws IOException {
        TextEncoding marked = byteOrderMark(file);
        if (marked != null) {
            return marked;
        }
        if (Files.size(file) >= run.headCheckFrom() && asciiRange(file, 0, run.head())) {
            run.markUnverified(file);
            return UTF_8;
        }
        return checkedInFull(file, run.threads());
    }

    /** A reader found every byte from {@code offset} on ASCII: with the head checked, the file is UTF-8. */
    public static void verifiedFrom(Path file, long offset, ReadCache run) throws IOException {
        if (offset <= run.head()) {
            run.verified(file);
        }
    }

    /** The full check of a file taken for UTF-8 on its head only. */
    public static TextEncoding verify(Path file, ReadCache run) throws IOException {
        run.verified(file);
        return checkedInFull(file, run.threads());
    }

    /** Every byte read: UTF-8 when all are ASCII or valid UTF-8, else Windows-1252. */
    private static TextEncoding checkedInFull(Path file, int threads) throws IOException {
        return allAscii(file, threads) || validUtf8(file) ? UTF_8 : WINDOWS_1252;
    }

    private static TextEncoding byteOrderMark(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return UTF_8_BOM;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return UTF_16LE;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return UTF_16BE;
            }
        }
        return null;
    }

    /** Files at least this large are checked for ASCII on every core. */
    static final long PARALLEL_CHECK = 64L << 20;

    /**
     * Whether every byte of the file is ASCII (valid UTF-8 as it is): the common case, checked eight bytes
     * a step, a large file in one range per thread. False sends the file to the full UTF-8 check.
     */
    static boolean allAscii(Path file, int threads) throws IOException {
        long size = Files.size(file);
        threads = size < PARALLEL_CHECK ? 1 : Math.max(1, threads);
        if (threads == 1) {
            return asciiRange(file, 0, size);
        }
        java.util.List<InParallel.Task<Boolean>> parts = new java.util.ArrayList<>();
        long step = size / threads + 1;
        for (long from = 0; from < size; from += step) {
            long start = from;
            long end = Math.min(size, from + step);
            parts.add(() -> asciiRange(file, start, end));
        }
        return InParallel.run("encoding-check", threads, parts, "checking " + file, ascii -> !ascii) != null;
    }

    static boolean asciiRange(Path file, long from, long to) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            return asciiRange(channel, from, Math.min(to, channel.size()));
        }
    }

    /** Whether bytes [from, to) are ASCII; a file that ends before {@code to} changed while it was read. */
    static boolean asciiRange(java.nio.channels.FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        for (long position = from; position < to; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - position));
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new FileChangedException(position, to);
            }
            buffer.flip();
            if (!ascii(buffer)) {
                return false;
            }
            position += n;
        }
        return true;
    }

    /** Whether every byte of the buffer is ASCII (then it is valid UTF-8 on its own). */
    private static boolean ascii(ByteBuffer buffer) {
        return ByteSearch.ascii(buffer.array(), buffer.arrayOffset() + buffer.position(),
                buffer.arrayOffset() + buffer.limit());
    }

    private static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 20);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (var channel = Files.newByteChannel(file)) {
            while (true) {
                boolean end = channel.read(in) < 0;
                in.flip();
                if (!end && ascii(in)) {                // nothing pending and all ASCII: valid, no decoding
                    in.clear();
                    continue;
                }
                CoderResult result;
                do {
                    out.clear();
                    result = decoder.decode(in, out, end);
                    if (result.isError()) {
                        return false;
                    }
                } while (result.isOverflow());
                in.compact();
                if (end) {
                    out.clear();
                    return !decoder.flush(out).isError() && in.position() == 0;
                }
            }
        }
    }
}
