package io.github.graflowstudio.engine;

/**
 * Retry with exponential backoff, as Graflow's {@code RetryPolicy}: the delay before retry
 * {@code n} (0-based) is {@code min(initial * factor^n, max)}, optionally multiplied by a jitter
 * factor in [0.5, 1.5) and capped again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxRetries           retries after the first attempt
 * @param initialIntervalMillis delay before the first retry
 * @param backoffFactor        multiplier per further retry
 * @param maxIntervalMillis    upper bound of any delay
 * @param jitter               whether to randomise the delay
 */
public record RetryPolicy(int maxRetries, long initialIntervalMillis, double backoffFactor,
                          long maxIntervalMillis, boolean jitter) {

    /** Validates the numbers. */
    public RetryPolicy {
        if (maxRetries < 0 || initialIntervalMillis < 0 || backoffFactor < 1.0 || maxIntervalMillis < 0) {
            throw new IllegalArgumentException("invalid retry policy: maxRetries=" + maxRetries
                    + ", initial=" + initialIntervalMillis + "ms, factor=" + backoffFactor
                    + ", max=" + maxIntervalMillis + "ms");
        }
    }

    /** Graflow's defaults for the given retry count: 1 s initial, factor 2, 60 s max, no jitter. */
    public static RetryPolicy exponential(int maxRetries) {
        return new RetryPolicy(maxRetries, 1000, 2.0, 60_000, false);
    }

    /**
     * The delay before retry number {@code retryIndex} (0 for the first retry).
     *
     * @param retryIndex  0-based index of the retry
     * @param jitterValue a value in [0, 1) used only when {@link #jitter()} is set
     * @return the delay in milliseconds
     */
    public long delayMillis(int retryIndex, double jitterValue) {
        double delay = Math.min(initialIntervalMillis * Math.pow(backoffFactor, retryIndex), maxIntervalMillis);
        if (jitter) {
            delay = Math.min(delay * (0.5 + jitterValue), maxIntervalMillis);
        }
        return Math.round(delay);
    }
}
