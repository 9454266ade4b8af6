package io.github.graflowstudio.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Retry counts, limits, policies and last errors per task id (Graflow's {@code RetryController}).
 * Unlike Graflow, a task's count is reset when it succeeds, so a task that once needed a retry
 * still counts cycles later in a loop. Not thread-safe: owned by one context.
 */
public final class RetryController {
    private final int defaultMaxRetries;
    /** Made on first use (most contexts, and every branch that needs no retry, never use them). */
    private LinkedHashMap<String, Integer> counts;
    private LinkedHashMap<String, String> lastErrors;

    RetryController(int defaultMaxRetries) {
        this.defaultMaxRetries = defaultMaxRetries;
    }

    /** The default limit. */
    public int defaultMaxRetries() {
        return defaultMaxRetries;
    }

    /** Retries taken by the id so far. */
    public int count(String taskId) {
        if (counts == null || counts.isEmpty()) {
            return 0;
        }
        Integer count = counts.get(taskId);
        return count == null ? 0 : count;
    }

    /** The last error message recorded for the id, or {@code null}. */
    public String lastError(String taskId) {
        return lastErrors == null ? null : lastErrors.get(taskId);
    }

    /** The retry limit of a task. */
    public int maxRetries(Task task) {
        Integer max = task.options().maxRetries();
        return max == null ? defaultMaxRetries : max;
    }

    int increment(String taskId, String error) {
        makeMaps();
        lastErrors.put(taskId, error);
        return counts.merge(taskId, 1, Integer::sum);
    }

    void reset(String taskId) {
        if (counts != null && !counts.isEmpty()) {
            counts.remove(taskId);
        }
    }

    /** A snapshot of the counts. */
    public Map<String, Integer> countsSnapshot() {
        return counts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(counts);
    }

    /** A snapshot of the last errors. */
    public Map<String, String> lastErrorsSnapshot() {
        return lastErrors == null ? new LinkedHashMap<>() : new LinkedHashMap<>(lastErrors);
    }

    void restore(Map<String, Integer> savedCounts, Map<String, String> savedErrors) {
        makeMaps();
        counts.putAll(savedCounts);
        lastErrors.putAll(savedErrors);
    }

    Map<String, Integer> raw() {
        return counts == null ? new HashMap<>() : new HashMap<>(counts);
    }

    private void makeMaps() {
        if (counts == null) {
            counts = new LinkedHashMap<>();
            lastErrors = new LinkedHashMap<>();
        }
    }
}
