package io.github.graflowstudio.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cycle counts per base task id, and per-node cycle limits (Graflow's {@code CycleController}).
 * Not thread-safe: owned by one context.
 */
public final class CycleController {
    private final int defaultMaxCycles;
    private final LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
    private final HashMap<String, Integer> nodeMaxCycles = new HashMap<>();

    CycleController(int defaultMaxCycles) {
        this.defaultMaxCycles = defaultMaxCycles;
    }

    /** The default limit. */
    public int defaultMaxCycles() {
        return defaultMaxCycles;
    }

    /** The cycle count of a base id (0 if never run). */
    public int count(String baseId) {
        Integer count = counts.get(baseId);
        return count == null ? 0 : count;
    }

    /** The limit of a base id. */
    public int maxCycles(String baseId) {
        return nodeMaxCycles.getOrDefault(baseId, defaultMaxCycles);
    }

    void setMaxCycles(String baseId, int max) {
        nodeMaxCycles.put(baseId, max);
    }

    void increment(String baseId) {
        counts.merge(baseId, 1, Integer::sum);
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
        return new LinkedHashMap<>(counts);
    }

    void restore(Map<String, Integer> saved) {
        counts.putAll(saved);
    }

    void mergeFrom(CycleController other) {
        counts.putAll(other.counts);
    }

    Map<String, Integer> nodeLimits() {
        return new LinkedHashMap<>(nodeMaxCycles);
    }
}
