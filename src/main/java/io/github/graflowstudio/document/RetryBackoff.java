package io.github.graflowstudio.document;

import java.util.Map;
import java.util.Set;

/**
 * A node's retry backoff ({@code "retryBackoff"}): the delay before retry {@code n} (0-based) is
 * {@code min(initialMillis * factor^n, maxMillis)}, randomised by [0.5, 1.5) with {@code jitter}.
 * The validator checks the ranges; the record accepts any values so that a file can be shown
 * as written. Immutable and thread-safe.
 *
 * @param initialMillis delay before the first retry
 * @param factor        multiplier per further retry (at least 1)
 * @param maxMillis     upper bound of any delay
 * @param jitter        whether to randomise the delay
 * @param extra         unknown fields, kept on save
 */
public record RetryBackoff(long initialMillis, double factor, long maxMillis, boolean jitter,
                           Map<String, Object> extra) {
    /** The JSON field names this record models. */
    public static final Set<String> FIELDS = Set.of("initialMillis", "factor", "maxMillis", "jitter");

    /** Graflow's defaults: 1 s initial, factor 2, 60 s max, no jitter. */
    public static final RetryBackoff DEFAULTS = new RetryBackoff(1000, 2.0, 60_000, false, Map.of());

    /** Freezes the extra fields; checks that the factor is a finite number. */
    public RetryBackoff {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("retryBackoff factor must be finite, was " + factor);
        }
        extra = ModelChecks.extra(extra, FIELDS, "retryBackoff");
    }

    /** A backoff without extra fields. */
    public static RetryBackoff of(long initialMillis, double factor, long maxMillis, boolean jitter) {
        return new RetryBackoff(initialMillis, factor, maxMillis, jitter, Map.of());
    }
}
