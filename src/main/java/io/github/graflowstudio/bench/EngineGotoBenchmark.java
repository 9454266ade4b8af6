package io.github.graflowstudio.bench;

import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code engine.goto}: a task that jumps to itself ({@code TaskContext.gotoTask}) until it has
 * run {@code n} times, in microseconds per iteration (Graflow's {@code next_task(self, goto=True)}
 * loop). Stateless; see {@link Benchmark} for threading.
 */
public final class EngineGotoBenchmark implements Benchmark {
    /** The name. */
    public static final String NAME = "engine.goto";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "goto loop of n iterations, execute time per iteration";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        int[] sizes = settings.pick(new int[] {10_000}, new int[] {1_000});
        return new InterleavedRuns(NAME, "n", "us_per_iteration").run(sizes, settings.pick(10_000, 1_000),
                settings.pick(20, 2), n -> settings.pick(11, 3), Map.of(), EngineGotoBenchmark::once);
    }

    private static Measurement once(int n) {
        ExecutionContext context = EngineWorkloads.gotoLoop(n);
        WorkflowEngine engine = new WorkflowEngine();
        JvmClock.settle();
        Stopwatch watch = Stopwatch.start();
        RunResult result = engine.execute(context);
        watch.stop();
        EngineWorkloads.check("goto loop of " + n, result, n);
        Map<String, Double> extras = new LinkedHashMap<>(watch.extras(1e3 * n, "us_per_iteration"));
        extras.put("execute_ms", Figures.millis(watch.wallNanos()));
        return new Measurement(Figures.micros(watch.wallNanos()) / n, extras);
    }
}
