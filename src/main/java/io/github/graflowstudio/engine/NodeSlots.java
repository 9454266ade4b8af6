package io.github.graflowstudio.engine;

import java.util.Arrays;

/**
 * Int slots keyed by a node's dense index, for {@link IdTable}; a slot holds a positive number
 * and 0 means empty. Starts sparse, as a small open-addressing hash of (index, slot) pairs,
 * because a parallel-group branch touches only a handful of nodes, and switches to pages of
 * 1024 slots indexed directly by the node index once it holds more than {@value #SPARSE_LIMIT}
 * entries, which suits a root context that runs a long chain. Allocates nothing until the first
 * {@link #store}.
 *
 * <p>Not thread-safe: owned by one {@link IdTable}.
 */
final class NodeSlots {
    /** Entries kept in the sparse hash; one more switches to pages. */
    static final int SPARSE_LIMIT = 64;
    private static final int PAGE_BITS = 10;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int FIRST_CAPACITY = 4;
    private static final int[] NO_INTS = new int[0];
    private static final int[][] NO_PAGES = new int[0][];

    /** Sparse mode: node index + 1 per hash position (0 = free), and that entry's slot. */
    private int[] sparseKeys = NO_INTS;
    private int[] sparseSlots = NO_INTS;
    private int sparseCount;
    /** Paged mode ({@code null} while sparse): slots by node index. */
    private int[][] pages;

    /** The slot of the node index, or 0 if it has none. */
    int get(int index) {
        int[][] paged = pages;
        if (paged != null) {
            int page = index >>> PAGE_BITS;
            if (page >= paged.length) {
                return 0;
            }
            int[] slots = paged[page];
            return slots == null ? 0 : slots[index & (PAGE_SIZE - 1)];
        }
        if (sparseCount == 0) {
            return 0;
        }
        int key = index + 1;
        int mask = sparseKeys.length - 1;
        for (int at = spread(index) & mask; ; at = (at + 1) & mask) {
            int stored = sparseKeys[at];
            if (stored == key) {
                return sparseSlots[at];
            }
            if (stored == 0) {
                return 0;
            }
        }
    }

    /** Sets the slot of the node index; {@code slot} must be positive. */
    void store(int index, int slot) {
        if (pages != null) {
            storePaged(index, slot);
            return;
        }
        if (sparseKeys.length == 0) {
            sparseKeys = new int[FIRST_CAPACITY];
            sparseSlots = new int[FIRST_CAPACITY];
        }
        int key = index + 1;
        int mask = sparseKeys.length - 1;
        int at = spread(index) & mask;
        for (int stored = sparseKeys[at]; stored != 0; stored = sparseKeys[at]) {
            if (stored == key) {
                sparseSlots[at] = slot;
                return;
            }
            at = (at + 1) & mask;
        }
        if (sparseCount == SPARSE_LIMIT) {
            switchToPages();
            storePaged(index, slot);
            return;
        }
        if ((sparseCount + 1) * 2 > sparseKeys.length) {
            rehash(sparseKeys.length * 2);
            insertSparse(key, slot);
        } else {
            sparseKeys[at] = key;
            sparseSlots[at] = slot;
        }
        sparseCount++;
    }

    private void insertSparse(int key, int slot) {
        int mask = sparseKeys.length - 1;
        int at = spread(key - 1) & mask;
        while (sparseKeys[at] != 0) {
            at = (at + 1) & mask;
        }
        sparseKeys[at] = key;
        sparseSlots[at] = slot;
    }

    private void rehash(int capacity) {
        int[] oldKeys = sparseKeys;
        int[] oldSlots = sparseSlots;
        sparseKeys = new int[capacity];
        sparseSlots = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insertSparse(oldKeys[i], oldSlots[i]);
            }
        }
    }

    private void switchToPages() {
        pages = NO_PAGES;
        for (int i = 0; i < sparseKeys.length; i++) {
            if (sparseKeys[i] != 0) {
                storePaged(sparseKeys[i] - 1, sparseSlots[i]);
            }
        }
        sparseKeys = NO_INTS;
        sparseSlots = NO_INTS;
        sparseCount = 0;
    }

    private void storePaged(int index, int slot) {
        int page = index >>> PAGE_BITS;
        if (page >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
        }
        int[] slots = pages[page];
        if (slots == null) {
            slots = new int[PAGE_SIZE];
            pages[page] = slots;
        }
        slots[index & (PAGE_SIZE - 1)] = slot;
    }

    /** Mixes the index so that neighbouring indexes do not probe the same run of positions. */
    private static int spread(int index) {
        int hash = index * 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }
}
