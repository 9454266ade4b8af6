package io.github.graflowstudio.bench;

import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.ResumedRun;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code checkpoint.resume}: {@code CheckpointManager.resumeFromCheckpoint} of a set with
 * {@code pending} queued tasks, in milliseconds (reading the three files, rebuilding the graph's
 * tasks and the queue). Each size's set is written once, untimed. Stateless; see
 * {@link Benchmark} for threading.
 */
public final class CheckpointResumeBenchmark implements Benchmark {
    /** The name. */
    public static final String NAME = "checkpoint.resume";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "resume a checkpoint set with `pending` queued tasks into a runnable context";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        Map<Integer, Path> sets = new HashMap<>();
        try (ScratchFolder folder = new ScratchFolder("graflow-bench-resume")) {
            CheckpointManager manager = CheckpointWorkloads.manager(folder.path());
            return new InterleavedRuns(NAME, "pending", "ms").run(CheckpointWorkloads.pendingSizes(settings),
                    settings.pick(100_000, 200), settings.pick(3, 1), pending -> CheckpointWorkloads.reps(settings, pending),
                    Map.of(), pending -> {
                        Path base = sets.computeIfAbsent(pending, size -> {
                            Path written = folder.path().resolve("set" + size + "/checkpoint");
                            manager.createCheckpoint(CheckpointWorkloads.pendingQueue(size), written, Map.of(), null);
                            return written;
                        });
                        Stopwatch watch = Stopwatch.start();
                        ResumedRun resumed = manager.resumeFromCheckpoint(base);
                        watch.stop();
                        int queued = resumed.context().queue().size();
                        if (queued != pending) {
                            throw new BenchmarkException("resume queued " + queued + " tasks, expected " + pending);
                        }
                        return new Measurement(Figures.millis(watch.wallNanos()), watch.extras());
                    });
        }
    }
}
