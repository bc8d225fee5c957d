package dev.toolspend.ingest.fast;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Distinct byte strings (user names, app names) numbered in the order first seen, looked up without
 * making a String: an open-addressing table over a byte arena. One per reading thread.
 */
final class ByteDict {

    private byte[] arena = new byte[1 << 16];
    private int arenaUsed;
    private int[] offsets = new int[1024];
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    private int[] table = new int[2048];        // id + 1, 0 = empty
    private int size;

    /** The id of bytes[from, to), added if new. */
    int id(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = table.length - 1;
        int length = to - from;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return add(bytes, from, length, hash, slot);
            }
            int id = entry - 1;
            if (hashes[id] == hash && lengths[id] == length
                    && Arrays.equals(arena, offsets[id], offsets[id] + length, bytes, from, to)) {
                return id;
            }
        }
    }

    private int add(byte[] bytes, int from, int length, int hash, int slot) {
        if (arenaUsed + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
        }
        System.arraycopy(bytes, from, arena, arenaUsed, length);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int id = size++;
        offsets[id] = arenaUsed;
        lengths[id] = length;
        hashes[id] = hash;
        arenaUsed += length;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        table = bigger;
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** A hash of bytes[from, to), eight bytes a step. */
    static int hash(byte[] bytes, int from, int to) {
        long h = (long) to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(bytes, i)) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        for (; i < to; i++) {
            tail = (tail << 8) | (bytes[i] & 0xFF);
        }
        h = (h ^ tail) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    int size() {
        return size;
    }

    String text(int id, Charset charset) {
        return new String(arena, offsets[id], lengths[id], charset);
    }

    /** Bytes [from, to) of an entry as text. */
    String text(int id, int from, int to, Charset charset) {
        return new String(arena, offsets[id] + from, to - from, charset);
    }

    int length(int id) {
        return lengths[id];
    }
}
