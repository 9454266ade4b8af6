package io.github.graflowstudio.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cycle counts per base task id, and per-node cycle limits (Graflow's {@code CycleController}).
 * A count goes up each time a task with that base id starts (not on retries).
 * Not thread-safe: owned by one context.
 */
public final class CycleController {
    private final int defaultMaxCycles;
    private final TaskGraph graph;
    private final IdTable counts;
    /** Per-node limits, made on first use. */
    private HashMap<String, Integer> nodeMaxCycles;

    CycleController(int defaultMaxCycles, TaskGraph graph) {
        this.defaultMaxCycles = defaultMaxCycles;
        this.graph = graph;
        this.counts = new IdTable(graph);
    }

    /** The default limit. */
    public int defaultMaxCycles() {
        return defaultMaxCycles;
    }

    /** The cycle count of a base id (0 if never run). */
    public int count(String baseId) {
        return counts.get(baseId, 0);
    }

    int count(TaskGraph.Node node) {
        TaskGraph.Node base = graph.baseOf(node);
        return base != null ? counts.get(base, 0) : counts.get(node.baseId, 0);
    }

    /** The limit of a base id. */
    public int maxCycles(String baseId) {
        if (nodeMaxCycles == null) {
            return defaultMaxCycles;
        }
        return nodeMaxCycles.getOrDefault(baseId, defaultMaxCycles);
    }

    void setMaxCycles(String baseId, int max) {
        if (nodeMaxCycles == null) {
            nodeMaxCycles = new HashMap<>();
        }
        nodeMaxCycles.put(baseId, max);
    }

    /** Takes over {@code other}'s per-node limits (a new branch gets its parent's). */
    void copyLimitsFrom(CycleController other) {
        if (other.nodeMaxCycles != null) {
            other.nodeMaxCycles.forEach(this::setMaxCycles);
        }
    }

    /** Counts one more run of the node's base id. */
    void increment(TaskGraph.Node node) {
        TaskGraph.Node base = graph.baseOf(node);
        if (base != null) {
            counts.increment(base);
        } else {
            counts.add(node.baseId, 1);
        }
    }

    /** Whether one more cycle is allowed ({@code count < max}). */
    public boolean acceptNextCycle(String baseId) {
        return count(baseId) < maxCycles(baseId);
    }

    void checkLimit(String baseId) {
        int count = count(baseId);
        int max = maxCycles(baseId);
        if (count >= max) {
            throw new CycleLimitExceededException(baseId, count, max);
        }
    }

    /** A snapshot of all counts in first-seen order. */
    public Map<String, Integer> snapshot() {
        return counts.toMap();
    }

    void restore(Map<String, Integer> saved) {
        saved.forEach((id, count) -> counts.put(id, count));
    }

    /** Adds a branch's counts (the branch started from zero) to this controller's. */
    void mergeFrom(CycleController branch) {
        counts.addAll(branch.counts);
    }

    Map<String, Integer> nodeLimits() {
        return nodeMaxCycles == null ? new LinkedHashMap<>() : new LinkedHashMap<>(nodeMaxCycles);
    }
}
