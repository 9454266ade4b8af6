package io.github.graflowstudio.bench;

import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code engine.chain}: executing a chain of {@code n} trivial tasks, in microseconds per task
 * (execute only; building the graph is reported as {@code build_ms}). Stateless; see
 * {@link Benchmark} for threading.
 */
public final class EngineChainBenchmark implements Benchmark {
    /** The name. */
    public static final String NAME = "engine.chain";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "chain of n trivial tasks, execute time per task";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        int[] sizes = settings.pick(new int[] {10_000, 100_000, 1_000_000}, new int[] {1_000, 5_000});
        return new InterleavedRuns(NAME, "n", "us_per_task").run(sizes, settings.pick(100_000, 2_000),
                settings.pick(5, 2), n -> settings.quick() ? 3 : (n >= 1_000_000 ? 3 : 7), Map.of(),
                EngineChainBenchmark::once);
    }

    private static Measurement once(int n) {
        long buildStart = System.nanoTime();
        ExecutionContext context = EngineWorkloads.chain(n);
        WorkflowEngine engine = new WorkflowEngine();
        long built = System.nanoTime();
        JvmClock.settle(); // the graph just built moves out of the young generation now, not during the run
        Stopwatch watch = Stopwatch.start();
        RunResult result = engine.execute(context);
        watch.stop();
        EngineWorkloads.check("chain of " + n, result, n);
        Map<String, Double> extras = new LinkedHashMap<>(watch.extras(1e3 * n, "us_per_task"));
        extras.put("build_ms", Figures.millis(built - buildStart));
        extras.put("execute_ms", Figures.millis(watch.wallNanos()));
        return new Measurement(Figures.micros(watch.wallNanos()) / n, extras);
    }
}
