package io.github.graflowstudio.bench;

import java.util.List;

/**
 * One named benchmark. Implementations do their own warm-up before measuring and report medians.
 * Implementations are stateless between runs; a run is not thread-safe (benchmarks run one at a
 * time so that they do not disturb each other).
 */
public interface Benchmark {

    /** The name used on the command line and in reports, e.g. {@code engine.chain}. */
    String name();

    /** One line saying what is measured. */
    String description();

    /**
     * Warms up, measures and returns one result per parameter set.
     *
     * @throws BenchmarkException when the workload did not do what it should (a wrong result)
     */
    List<BenchmarkResult> run(BenchmarkSettings settings);
}
