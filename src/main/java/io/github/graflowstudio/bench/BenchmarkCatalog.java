package io.github.graflowstudio.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every benchmark, in the order a full run does them, and selection by name. Immutable and
 * thread-safe.
 */
public final class BenchmarkCatalog {
    private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();

    /**
     * The catalog.
     *
     * @param environment the process environment (the UI benchmarks look up {@code DISPLAY})
     */
    public BenchmarkCatalog(Map<String, String> environment) {
        for (Benchmark benchmark : List.of(new EngineChainBenchmark(), new EngineFanOutBenchmark(),
                new EngineGotoBenchmark(), new CheckpointCreateBenchmark(), new CheckpointResumeBenchmark(),
                new GraflowInspectBenchmark(), new ChildJvmBenchmark(ChildJvmBenchmark.CANVAS, environment),
                new LayoutBenchmark(), new ChildJvmBenchmark(ChildJvmBenchmark.STARTUP, environment))) {
            benchmarks.put(benchmark.name(), benchmark);
        }
    }

    /** All names in run order. */
    public List<String> names() {
        return List.copyOf(benchmarks.keySet());
    }

    /** All benchmarks in run order. */
    public List<Benchmark> all() {
        return List.copyOf(benchmarks.values());
    }

    /**
     * The named benchmarks in catalog order (all of them for an empty list).
     *
     * @throws IllegalArgumentException naming an unknown benchmark and listing the known ones
     */
    public List<Benchmark> select(List<String> names) {
        if (names == null || names.isEmpty()) {
            return all();
        }
        for (String name : names) {
            if (!benchmarks.containsKey(name)) {
                throw new IllegalArgumentException("unknown benchmark '" + name + "'; known: "
                        + String.join(", ", benchmarks.keySet()));
            }
        }
        List<Benchmark> selected = new ArrayList<>();
        benchmarks.forEach((name, benchmark) -> {
            if (names.contains(name)) {
                selected.add(benchmark);
            }
        });
        return selected;
    }
}
