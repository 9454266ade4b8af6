package io.github.graflowstudio.bench;

import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.CheckpointResult;
import io.github.graflowstudio.engine.ExecutionContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code checkpoint.create}: {@code CheckpointManager.createCheckpoint} of a context with
 * {@code pending} queued tasks, in milliseconds (the three files, each written to a temporary file,
 * forced to disk and renamed). The file sizes are in the details. Stateless; see
 * {@link Benchmark} for threading.
 */
public final class CheckpointCreateBenchmark implements Benchmark {
    /** The name. */
    public static final String NAME = "checkpoint.create";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "write a checkpoint set of a context with `pending` queued tasks";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        Map<Integer, ExecutionContext> contexts = new HashMap<>();
        try (ScratchFolder folder = new ScratchFolder("graflow-bench-create")) {
            CheckpointManager manager = CheckpointWorkloads.manager(folder.path());
            int[] serial = {0};
            return new InterleavedRuns(NAME, "pending", "ms").run(CheckpointWorkloads.pendingSizes(settings),
                    settings.pick(100_000, 200), settings.pick(3, 1), pending -> CheckpointWorkloads.reps(settings, pending),
                    Map.of(), pending -> {
                        // one context per size, kept between repetitions: building it is not the cost measured
                        ExecutionContext context = contexts.computeIfAbsent(pending, CheckpointWorkloads::pendingQueue);
                        Path base = folder.path().resolve("set" + serial[0]++ + "/checkpoint");
                        Stopwatch watch = Stopwatch.start();
                        CheckpointResult result = manager.createCheckpoint(context, base, Map.of("bench", true), null);
                        watch.stop();
                        if (!result.problems().isEmpty()) {
                            throw new BenchmarkException("unexpected write problems: " + result.problems());
                        }
                        Map<String, Double> extras = new LinkedHashMap<>(watch.extras());
                        extras.putAll(CheckpointWorkloads.sizes(base));
                        folder.empty();
                        return new Measurement(Figures.millis(watch.wallNanos()), extras);
                    });
        }
    }
}
