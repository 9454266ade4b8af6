package io.github.graflowstudio.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One figure of a benchmark run: {@code name}, the parameters it was measured with, the value and
 * its unit, plus optional details (spread, sizes, counts). A skipped measurement has no value and
 * says why. Immutable and thread-safe (the maps are copied).
 *
 * @param name          the benchmark name, e.g. {@code engine.chain}
 * @param params        the parameters, e.g. {@code n = 100000}, in display order
 * @param value         the measured value, or {@code null} when skipped
 * @param unit          the unit, e.g. {@code us_per_task}
 * @param skippedReason why there is no value, or {@code null}
 * @param detail        extra figures (min, max, repetitions, bytes, ...), may be empty
 */
public record BenchmarkResult(String name, Map<String, Object> params, Double value, String unit,
                              String skippedReason, Map<String, Object> detail) {

    /** Checks and copies the arguments. */
    public BenchmarkResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail == null ? Map.of() : detail));
        if ((value == null) == (skippedReason == null)) {
            throw new IllegalArgumentException("a result has either a value or a reason for skipping it");
        }
    }

    /** A measured figure. */
    public static BenchmarkResult measured(String name, Map<String, Object> params, double value, String unit,
                                           Map<String, Object> detail) {
        return new BenchmarkResult(name, params, value, unit, null, detail);
    }

    /** A figure that could not be measured here. */
    public static BenchmarkResult skipped(String name, Map<String, Object> params, String unit, String reason) {
        return new BenchmarkResult(name, params, null, unit, reason, Map.of());
    }

    /** Whether the figure was skipped. */
    public boolean isSkipped() {
        return value == null;
    }

    /** The parameters as {@code k=1000, executor=direct} (empty when there are none). */
    public String paramsText() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(entry.getKey()).append('=').append(entry.getValue());
        }
        return text.toString();
    }
}
