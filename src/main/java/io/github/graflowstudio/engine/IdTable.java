package io.github.graflowstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-run int values keyed by task id, in first-insertion order: cycle counts and the completed
 * set. Ids that are graph nodes are kept in {@link NodeSlots} by the node's dense index, so the
 * engine touches no string-keyed map and allocates no entry per task; other ids (restored from a
 * checkpoint, or the base of an id that merely looks like an iteration id) live in a small
 * fallback map. An empty table allocates nothing but itself and its {@link NodeSlots}, and a
 * small one (a parallel-group branch) stays small.
 *
 * <p>Not thread-safe: owned by one context, like the controllers that use it.
 */
final class IdTable {
    private static final Object[] NO_KEYS = new Object[0];

    private final TaskGraph graph;
    /** Values + 1 by node index; 0 means absent. */
    private final NodeSlots slots = new NodeSlots();
    /** Ids that are not nodes, made on first use. */
    private HashMap<String, Integer> others;
    /**
     * Keys in first-insertion order, the first {@link #size} entries: the {@link TaskGraph.Node}
     * for an id that was a node when first stored, else the id itself.
     */
    private Object[] order = NO_KEYS;
    private int size;

    IdTable(TaskGraph graph) {
        this.graph = graph;
    }

    /** Whether the node's id has a value. */
    boolean contains(TaskGraph.Node node) {
        return slots.get(node.index) != 0 || (others != null && adopt(node) != 0);
    }

    /** Whether {@code id} has a value. */
    boolean contains(String id) {
        TaskGraph.Node node = graph.node(id);
        return node != null ? contains(node) : others != null && others.containsKey(id);
    }

    /** The node's value, or {@code absent}. */
    int get(TaskGraph.Node node, int absent) {
        int stored = slots.get(node.index);
        if (stored == 0 && others != null) {
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
        Integer value = others == null ? null : others.get(id);
        return value == null ? absent : value;
    }

    /** Sets the node's value. */
    void put(TaskGraph.Node node, int value) {
        if (get(node, -1) < 0) {
            remember(node);
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
        } else {
            if (others == null) {
                others = new HashMap<>();
            }
            if (others.put(id, value) == null) {
                remember(id);
            }
        }
    }

    /** Adds one to the node's value (absent counts as 0); returns the new value. */
    int increment(TaskGraph.Node node) {
        int value = get(node, -1);
        if (value < 0) {
            remember(node);
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

    /** Adds {@code amount} to the node's value (absent counts as 0). */
    void add(TaskGraph.Node node, int amount) {
        put(node, get(node, 0) + amount);
    }

    /** Adds every value of {@code other} (a table of the same graph) to this one, in its order. */
    void addAll(IdTable other) {
        for (int i = 0; i < other.size; i++) {
            Object key = other.order[i];
            if (key instanceof TaskGraph.Node node) {
                add(node, other.get(node, 0));
            } else {
                String id = (String) key;
                add(id, other.get(id, 0));
            }
        }
    }

    /** Keys in first-insertion order (a copy). */
    List<String> keys() {
        List<String> keys = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            keys.add(idOf(order[i]));
        }
        return keys;
    }

    /** All values in first-insertion order (a copy). */
    Map<String, Integer> toMap() {
        Map<String, Integer> map = new LinkedHashMap<>(Math.max(16, size * 4 / 3 + 1));
        for (int i = 0; i < size; i++) {
            Object key = order[i];
            if (key instanceof TaskGraph.Node node) {
                map.put(node.id, get(node, 0));
            } else {
                map.put((String) key, get((String) key, 0));
            }
        }
        return map;
    }

    /** Number of keys. */
    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends a new key: a node or an id that is not a node. */
    private void remember(Object key) {
        if (size == order.length) {
            order = Arrays.copyOf(order, Math.max(4, size * 2));
        }
        order[size++] = key;
    }

    private static String idOf(Object key) {
        return key instanceof TaskGraph.Node node ? node.id : (String) key;
    }

    private void store(TaskGraph.Node node, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value + " for '" + node.id + "'");
        }
        slots.store(node.index, value + 1);
    }

    /** Moves a value stored while the id was not a node yet into the slots; returns the slot value. */
    private int adopt(TaskGraph.Node node) {
        Integer value = others.remove(node.id);
        if (value == null) {
            return 0;
        }
        if (others.isEmpty()) {
            others = null;
        }
        store(node, value);
        return value + 1;
    }
}
