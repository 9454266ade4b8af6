package io.github.graflowstudio.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * Runs a sized workload as the Python scripts do: warm-up runs first, then repetitions with the
 * sizes interleaved (repetition 1 of every size, then repetition 2, ...) so that load drift on a
 * shared machine hits every size alike, and the median per size. Not thread-safe; one run at a
 * time.
 */
final class InterleavedRuns {
    /** One repetition at one size. */
    @FunctionalInterface
    interface Workload {
        /** Runs once at {@code size} and returns the figure. */
        Measurement once(int size);
    }

    private final String name;
    private final String parameter;
    private final String unit;

    /**
     * @param name      the benchmark name
     * @param parameter the size parameter's name, e.g. {@code n}
     * @param unit      the unit of the figures
     */
    InterleavedRuns(String name, String parameter, String unit) {
        this.name = name;
        this.parameter = parameter;
        this.unit = unit;
    }

    /**
     * Warms up, measures and returns one result per size, in the order given.
     *
     * @param sizes      the sizes
     * @param warmUpSize the size of the warm-up runs
     * @param warmUps    how many warm-up runs
     * @param repsFor    the repetitions for a size
     * @param fixed      further parameters shown with every result (e.g. the executor), may be empty
     * @param workload   the measured run
     */
    List<BenchmarkResult> run(int[] sizes, int warmUpSize, int warmUps, IntUnaryOperator repsFor,
                              Map<String, Object> fixed, Workload workload) {
        for (int i = 0; i < warmUps; i++) {
            workload.once(warmUpSize);
        }
        Map<Integer, Samples> values = new LinkedHashMap<>();
        Map<Integer, Map<String, Samples>> extras = new LinkedHashMap<>();
        int maxReps = 0;
        for (int size : sizes) {
            values.put(size, new Samples());
            extras.put(size, new TreeMap<>());
            maxReps = Math.max(maxReps, repsFor.applyAsInt(size));
        }
        for (int rep = 0; rep < maxReps; rep++) {
            for (int size : sizes) {
                if (rep >= repsFor.applyAsInt(size)) {
                    continue;
                }
                JvmClock.settle();
                Measurement measurement = workload.once(size);
                values.get(size).add(measurement.value());
                measurement.extras().forEach((key, value) ->
                        extras.get(size).computeIfAbsent(key, k -> new Samples()).add(value));
            }
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (int size : sizes) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put(parameter, size);
            params.putAll(fixed);
            Map<String, Object> medians = new LinkedHashMap<>();
            extras.get(size).forEach((key, samples) -> medians.put(key, Figures.round(samples.median())));
            Samples samples = values.get(size);
            results.add(BenchmarkResult.measured(name, params, Figures.round(samples.median()), unit,
                    samples.detail(medians)));
        }
        return results;
    }
}
