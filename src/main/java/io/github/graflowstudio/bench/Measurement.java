package io.github.graflowstudio.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One repetition's figure plus side figures (build time, GC time, bytes) whose medians go into
 * the result's details. Immutable and thread-safe.
 *
 * @param value  the measured figure in the benchmark's unit
 * @param extras side figures by name
 */
public record Measurement(double value, Map<String, Double> extras) {

    /** Copies the extras. */
    public Measurement {
        extras = Map.copyOf(new LinkedHashMap<>(extras));
    }

    /** A figure without side figures. */
    public static Measurement of(double value) {
        return new Measurement(value, Map.of());
    }
}
