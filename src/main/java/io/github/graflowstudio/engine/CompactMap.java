package io.github.graflowstudio.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An insertion-ordered map from non-null string keys to values, stored compactly: parallel
 * arrays of entries in insertion order plus an open-addressing index of entry positions. A put
 * of a new key allocates nothing but the occasional larger array, so a channel holding a
 * million results costs the garbage collector little. Re-putting a key keeps its position;
 * removing and adding it again moves it to the end (as {@link LinkedHashMap}).
 *
 * <p>Not thread-safe: {@link MemoryChannel} guards it.
 */
final class CompactMap {
    private static final int EMPTY = 0;
    private static final int DELETED = -1;
    private static final String[] NO_KEYS = new String[0];
    private static final Object[] NO_VALUES = new Object[0];
    private static final int[] NO_INTS = new int[0];

    private String[] keys = NO_KEYS;
    private Object[] values = NO_VALUES;
    private int[] hashes = NO_INTS;
    /** Entry position + 1, {@link #EMPTY} or {@link #DELETED}; length is a power of two (or 0). */
    private int[] index = NO_INTS;
    /** Entries appended so far (live and removed). */
    private int used;
    /** Live entries. */
    private int size;
    /** Index slots that are not EMPTY. */
    private int filled;

    int size() {
        return size;
    }

    boolean containsKey(String key) {
        return find(key) >= 0;
    }

    /** The value, or {@code null} if absent. */
    Object get(String key) {
        int position = find(key);
        return position < 0 ? null : values[position];
    }

    /** The value, or {@code absent} if the key is not present. */
    Object getOrDefault(String key, Object absent) {
        int position = find(key);
        return position < 0 ? absent : values[position];
    }

    void put(String key, Object value) {
        int hash = spread(key.hashCode());
        if (index.length != 0) {
            int mask = index.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int stored = index[slot];
                if (stored == EMPTY) {
                    break;
                }
                if (stored != DELETED) {
                    int position = stored - 1;
                    if (hashes[position] == hash && key.equals(keys[position])) {
                        values[position] = value;
                        return;
                    }
                }
            }
        }
        append(key, hash, value);
    }

    /** Removes the key; returns whether it was present. */
    boolean remove(String key) {
        if (index.length == 0) {
            return false;
        }
        int hash = spread(key.hashCode());
        int mask = index.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int stored = index[slot];
            if (stored == EMPTY) {
                return false;
            }
            if (stored != DELETED) {
                int position = stored - 1;
                if (hashes[position] == hash && key.equals(keys[position])) {
                    index[slot] = DELETED;
                    keys[position] = null;
                    values[position] = null;
                    size--;
                    return true;
                }
            }
        }
    }

    void clear() {
        keys = NO_KEYS;
        values = NO_VALUES;
        hashes = NO_INTS;
        index = NO_INTS;
        used = 0;
        size = 0;
        filled = 0;
    }

    /** Keys in insertion order. */
    String[] keys() {
        String[] live = new String[size];
        int next = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                live[next++] = keys[i];
            }
        }
        return live;
    }

    /** A copy of all entries in insertion order. */
    LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                map.put(keys[i], values[i]);
            }
        }
        return map;
    }

    /** A copy of the first {@code limit} entries in insertion order. */
    LinkedHashMap<String, Object> toMap(int limit) {
        int count = Math.min(limit, size);
        LinkedHashMap<String, Object> map = new LinkedHashMap<>(Math.max(16, (int) (count / 0.75f) + 1));
        for (int i = 0; i < used && map.size() < count; i++) {
            if (keys[i] != null) {
                map.put(keys[i], values[i]);
            }
        }
        return map;
    }

    /**
     * A copy holding the live entries in the same order, with room for a few more; the arrays
     * are sized for the entries, not for this map's capacity.
     */
    CompactMap copy() {
        CompactMap copy = new CompactMap();
        if (size == 0) {
            return copy;
        }
        int capacity = size + Math.max(2, size / 4);
        copy.keys = new String[capacity];
        copy.values = new Object[capacity];
        copy.hashes = new int[capacity];
        int next = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                copy.keys[next] = keys[i];
                copy.values[next] = values[i];
                copy.hashes[next] = hashes[i];
                next++;
            }
        }
        copy.used = next;
        copy.size = next;
        copy.rebuildIndex(indexLengthFor(next + 1));
        return copy;
    }

    /** Puts every entry of {@code other}, in its insertion order. */
    void putAll(CompactMap other) {
        for (int i = 0; i < other.used; i++) {
            String key = other.keys[i];
            if (key != null) {
                put(key, other.values[i]);
            }
        }
    }

    /** Puts every entry of {@code other}, in its iteration order. */
    void putAll(Map<String, ?> other) {
        for (Map.Entry<String, ?> entry : other.entrySet()) {
            put(entry.getKey(), entry.getValue());
        }
    }

    private int find(String key) {
        if (index.length == 0) {
            return -1;
        }
        int hash = spread(key.hashCode());
        int mask = index.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int stored = index[slot];
            if (stored == EMPTY) {
                return -1;
            }
            if (stored != DELETED) {
                int position = stored - 1;
                if (hashes[position] == hash && key.equals(keys[position])) {
                    return position;
                }
            }
        }
    }

    private void append(String key, int hash, Object value) {
        if (used == keys.length) {
            if (size < used / 2) {
                compact();
            } else {
                int capacity = Math.max(8, keys.length * 2);
                keys = Arrays.copyOf(keys, capacity);
                values = Arrays.copyOf(values, capacity);
                hashes = Arrays.copyOf(hashes, capacity);
            }
        }
        if ((filled + 1) * 3 >= index.length * 2) {
            rebuildIndex(indexLengthFor(size));
        }
        int position = used++;
        keys[position] = key;
        values[position] = value;
        hashes[position] = hash;
        int mask = index.length - 1;
        int slot = hash & mask;
        while (index[slot] > 0) {
            slot = (slot + 1) & mask;
        }
        if (index[slot] == EMPTY) {
            filled++;
        }
        index[slot] = position + 1;
        size++;
    }

    /** Drops removed entries, keeping the order of live ones. */
    private void compact() {
        int next = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                keys[next] = keys[i];
                values[next] = values[i];
                hashes[next] = hashes[i];
                next++;
            }
        }
        Arrays.fill(keys, next, used, null);
        Arrays.fill(values, next, used, null);
        used = next;
        rebuildIndex(Math.max(16, index.length));
    }

    private void rebuildIndex(int length) {
        int[] table = new int[length];
        int mask = length - 1;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                int slot = hashes[i] & mask;
                while (table[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = i + 1;
            }
        }
        index = table;
        filled = size;
    }

    /** An index length (a power of two) that keeps {@code entries} under two thirds full. */
    private static int indexLengthFor(int entries) {
        return Math.max(8, Integer.highestOneBit(Math.max(1, entries * 3)) * 2);
    }

    /** Mixes all bits of the hash into the low ones (linear probing needs it: ids often differ in one digit). */
    private static int spread(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
