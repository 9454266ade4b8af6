package io.github.graflowstudio.engine;

/**
 * Per-task options: how many retries (and with which backoff), and how many cycles
 * ({@code next_iteration} and loop runs) the task may take.
 *
 * <p>Immutable and thread-safe. {@code null} components mean "use the context's default".
 *
 * @param maxRetries  retries after the first attempt, or {@code null} for the context default
 * @param retryPolicy backoff between retries, or {@code null} for no delay
 * @param maxCycles   the cycle limit of the task, or {@code null} for the context default (10)
 */
public record TaskOptions(Integer maxRetries, RetryPolicy retryPolicy, Integer maxCycles) {

    /** No retries beyond the context default, no backoff, the default cycle limit. */
    public static final TaskOptions DEFAULTS = new TaskOptions(null, null, null);

    /** Validates the numbers. */
    public TaskOptions {
        if (maxRetries != null && maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        if (maxCycles != null && maxCycles < 1) {
            throw new IllegalArgumentException("maxCycles must be >= 1, was " + maxCycles);
        }
        if (retryPolicy != null && maxRetries == null) {
            maxRetries = retryPolicy.maxRetries();
        }
    }

    /** Options with the given retry count and no backoff. */
    public static TaskOptions retries(int maxRetries) {
        return new TaskOptions(maxRetries, null, null);
    }

    /** A copy with another retry policy (its max retries becomes the task's). */
    public TaskOptions withRetryPolicy(RetryPolicy policy) {
        return new TaskOptions(policy.maxRetries(), policy, maxCycles);
    }

    /** A copy with another cycle limit. */
    public TaskOptions withMaxCycles(Integer cycles) {
        return new TaskOptions(maxRetries, retryPolicy, cycles);
    }
}
