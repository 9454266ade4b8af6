package io.github.graflowstudio.bench;

import io.github.graflowstudio.engine.EngineClock;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code engine.fanout}: {@code src >> (k members) >> sink} through one parallel group, in
 * microseconds per member (the whole execute divided by {@code k}). Measured with members run on
 * the calling thread ({@code executor=direct}, like Graflow's DIRECT backend) and on a thread pool
 * of two threads ({@code executor=threads}, like Graflow's default threading backend). Stateless;
 * see {@link Benchmark} for threading.
 */
public final class EngineFanOutBenchmark implements Benchmark {
    /** The name. */
    public static final String NAME = "engine.fanout";
    private static final int POOL_THREADS = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "one parallel group of k trivial members, execute time per member";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        int[] sizes = settings.pick(new int[] {1_000}, new int[] {100});
        int reps = settings.pick(11, 3);
        List<BenchmarkResult> results = new ArrayList<>();
        results.addAll(new InterleavedRuns(NAME, "k", "us_per_member").run(sizes, settings.pick(1_000, 100),
                settings.pick(200, 2), k -> reps, Map.of("executor", "direct"), k -> once(new WorkflowEngine(), k)));
        ExecutorService pool = Executors.newFixedThreadPool(POOL_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "bench-fanout");
            thread.setDaemon(true);
            return thread;
        });
        try {
            WorkflowEngine engine = new WorkflowEngine(pool, EngineClock.system());
            results.addAll(new InterleavedRuns(NAME, "k", "us_per_member").run(sizes, settings.pick(1_000, 100),
                    settings.pick(200, 2), k -> reps, Map.of("executor", "threads"), k -> once(engine, k)));
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private static Measurement once(WorkflowEngine engine, int k) {
        ExecutionContext context = EngineWorkloads.fanOut(k);
        JvmClock.settle(); // the graph just built moves out of the young generation now, not during the run
        Stopwatch watch = Stopwatch.start();
        RunResult result = engine.execute(context);
        watch.stop();
        EngineWorkloads.check("fan-out of " + k, result, k + 3);
        // CPU time is the calling thread's: all of it for direct, only the waiting thread's share with threads
        Map<String, Double> extras = new LinkedHashMap<>(watch.extras(1e3 * k, "us_per_member"));
        extras.put("execute_ms", Figures.millis(watch.wallNanos()));
        return new Measurement(Figures.micros(watch.wallNanos()) / k, extras);
    }
}
