package dev.toolspend.ingest.table;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finding bytes eight at a time (SWAR, "SIMD within a register"): a byte equal to the pattern's becomes zero
 * after XOR, and a zero byte is found with two operations on the 64-bit word. The byte readers look for line
 * feeds, delimiters, quotes and carriage returns this way, and OR whole blocks together to see whether
 * they are ASCII.
 */
public final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    /** The high bit of every byte: a word OR-ed from ASCII bytes has none of them. */
    public static final long HIGHS = 0x8080808080808080L;
    public static final long LF = pattern((byte) '\n');
    private static final long QUOTE = pattern((byte) '"');
    private static final long CR = pattern((byte) '\r');

    private ByteSearch() {
    }

    /** The byte repeated in all eight bytes of a word: what {@link #find} looks for. */
    public static long pattern(byte c) {
        return ONES * (c & 0xFF);
    }

    /** High bit set in each byte of x that is zero: exact for the lowest one (little-endian: the first). */
    private static long zeros(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** The eight bytes from b[at] as one word (little-endian): compared whole, as a prefix. */
    public static long word(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /** All bytes of b[from, to) OR-ed together, eight at a time. */
    public static long orOf(byte[] b, int from, int to) {
        long bits = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            bits |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            bits |= b[i];
        }
        return bits;
    }

    /** Whether every byte of b[from, to) is ASCII. */
    public static boolean ascii(byte[] b, int from, int to) {
        return (orOf(b, from, to) & HIGHS) == 0;
    }

    /** The index of the first byte equal to the pattern's in b[from, to), or {@code to}. */
    public static int find(byte[] b, int from, int to, long pattern) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = zeros((long) LONGS.get(b, i) ^ pattern);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        byte c = (byte) pattern;
        for (; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return to;
    }

    /** The index of the first delimiter (a {@link #pattern}), quote or CR in b[from, to), or {@code to}. */
    public static int find3(byte[] b, int from, int to, long delimiter) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(b, i);
            long found = zeros(word ^ delimiter) | zeros(word ^ QUOTE) | zeros(word ^ CR);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        byte d = (byte) delimiter;
        for (; i < to; i++) {
            byte c = b[i];
            if (c == d || c == '"' || c == '\r') {
                return i;
            }
        }
        return to;
    }
}
