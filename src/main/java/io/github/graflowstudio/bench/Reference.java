package io.github.graflowstudio.bench;

import java.util.Map;

/**
 * A figure to hold a result against: a Python Graflow baseline or a target. Applies to the results
 * of one benchmark whose parameters include all of {@code params}. Immutable and thread-safe.
 *
 * @param name   the benchmark name
 * @param params parameters the result must have (a subset of its parameters), may be empty
 * @param value  the figure in the benchmark's unit, or {@code null} when there is only a note
 * @param note   what the figure is, shown beside it
 */
public record Reference(String name, Map<String, Object> params, Double value, String note) {

    /** Copies the parameters. */
    public Reference {
        params = Map.copyOf(params);
    }

    /** Whether this reference is about {@code result}. */
    public boolean appliesTo(BenchmarkResult result) {
        if (!name.equals(result.name())) {
            return false;
        }
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object actual = result.params().get(entry.getKey());
            if (actual == null || !String.valueOf(actual).equals(String.valueOf(entry.getValue()))) {
                return false;
            }
        }
        return true;
    }
}
