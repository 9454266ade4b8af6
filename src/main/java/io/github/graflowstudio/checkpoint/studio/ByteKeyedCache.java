package io.github.graflowstudio.checkpoint.studio;

import java.util.Arrays;

/**
 * A small map from byte sequences (looked up as ranges of a buffer, without copying) to values,
 * holding at most a fixed number of entries: once full, new keys are simply not kept. Used to
 * decode each distinct JSON text of a file once. Not thread-safe.
 *
 * @param <V> the values
 */
final class ByteKeyedCache<V> {
    private final int maxEntries;
    private byte[][] keys;
    private int[] hashes;
    private Object[] values;
    private int size;

    /** A cache keeping at most {@code maxEntries} entries. */
    ByteKeyedCache(int maxEntries) {
        this.maxEntries = maxEntries;
        int capacity = Integer.highestOneBit(Math.max(16, Math.min(maxEntries, 1 << 20)) * 2);
        keys = new byte[capacity][];
        hashes = new int[capacity];
        values = new Object[capacity];
    }

    /** The value stored for {@code bytes[from, to)}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, bytes, from, to)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Stores a copy of {@code bytes[from, to)} with {@code value}, unless the cache is full. */
    void put(byte[] bytes, int from, int to, V value) {
        if (size >= maxEntries) {
            return;
        }
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, bytes, from, to)) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = Arrays.copyOfRange(bytes, from, to);
        hashes[slot] = hash;
        values[slot] = value;
        size++;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash ^ (hash >>> 16);
    }
}
