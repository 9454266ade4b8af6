package io.github.graflowstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-run int values keyed by task id, in first-insertion order: cycle counts and the completed
 * set. Ids that are graph nodes are kept in pages indexed by the node's dense index, so the engine
 * touches no hash map and allocates no entry per task; other ids (restored from a checkpoint, or
 * the base of an id that merely looks like an iteration id) live in a small fallback map.
 *
 * <p>Not thread-safe: owned by one context, like the controllers that use it.
 */
final class IdTable {
    private static final int PAGE_BITS = 10;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int[][] NO_PAGES = new int[0][];

    private final TaskGraph graph;
    /** Values + 1 by node index; 0 means absent. */
    private int[][] pages = NO_PAGES;
    private final HashMap<String, Integer> others = new HashMap<>();
    private final ArrayList<String> order = new ArrayList<>();

    IdTable(TaskGraph graph) {
        this.graph = graph;
    }

    /** Whether the node's id has a value. */
    boolean contains(TaskGraph.Node node) {
        return slot(node) != 0 || (!others.isEmpty() && adopt(node) != 0);
    }

    /** Whether {@code id} has a value. */
    boolean contains(String id) {
        TaskGraph.Node node = graph.node(id);
        return node != null ? contains(node) : others.containsKey(id);
    }

    /** The node's value, or {@code absent}. */
    int get(TaskGraph.Node node, int absent) {
        int stored = slot(node);
        if (stored == 0 && !others.isEmpty()) {
            stored = adopt(node);
        }
        return stored == 0 ? absent : stored - 1;
    }

    /** The value of {@code id}, or {@code absent}. */
    int get(String id, int absent) {
        TaskGraph.Node node = graph.node(id);
        if (node != null) {
            return get(node, absent);
        }
        Integer value = others.get(id);
        return value == null ? absent : value;
    }

    /** Sets the node's value. */
    void put(TaskGraph.Node node, int value) {
        if (get(node, -1) < 0) {
            order.add(node.id);
        }
        store(node, value);
    }

    /** Sets the value of {@code id}. */
    void put(String id, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value + " for '" + id + "'");
        }
        TaskGraph.Node node = graph.node(id);
        if (node != null) {
            put(node, value);
        } else if (others.put(id, value) == null) {
            order.add(id);
        }
    }

    /** Adds one to the node's value (absent counts as 0); returns the new value. */
    int increment(TaskGraph.Node node) {
        int value = get(node, -1);
        if (value < 0) {
            order.add(node.id);
            value = 0;
        }
        value++;
        store(node, value);
        return value;
    }

    /** Adds {@code amount} to the value of {@code id} (absent counts as 0). */
    void add(String id, int amount) {
        put(id, get(id, 0) + amount);
    }

    /** Keys in first-insertion order (a copy). */
    List<String> keys() {
        return new ArrayList<>(order);
    }

    /** All values in first-insertion order (a copy). */
    Map<String, Integer> toMap() {
        Map<String, Integer> map = new LinkedHashMap<>(Math.max(16, order.size() * 4 / 3 + 1));
        for (String id : order) {
            map.put(id, get(id, 0));
        }
        return map;
    }

    /** Number of keys. */
    int size() {
        return order.size();
    }

    boolean isEmpty() {
        return order.isEmpty();
    }

    private int slot(TaskGraph.Node node) {
        int page = node.index >>> PAGE_BITS;
        if (page >= pages.length) {
            return 0;
        }
        int[] values = pages[page];
        return values == null ? 0 : values[node.index & (PAGE_SIZE - 1)];
    }

    private void store(TaskGraph.Node node, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value + " for '" + node.id + "'");
        }
        int page = node.index >>> PAGE_BITS;
        if (page >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
        }
        int[] values = pages[page];
        if (values == null) {
            values = new int[PAGE_SIZE];
            pages[page] = values;
        }
        values[node.index & (PAGE_SIZE - 1)] = value + 1;
    }

    /** Moves a value stored while the id was not a node yet into the pages; returns the slot value. */
    private int adopt(TaskGraph.Node node) {
        Integer value = others.remove(node.id);
        if (value == null) {
            return 0;
        }
        store(node, value);
        return value + 1;
    }
}
