package io.github.graflowstudio.bench;

import io.github.graflowstudio.checkpoint.inspect.CheckpointReader;
import io.github.graflowstudio.checkpoint.inspect.NotACheckpointException;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code inspect.graflow}: {@code CheckpointReader.read} of a Python Graflow (HEAD format) set
 * with {@code pending} pending tasks, in milliseconds to the full inspection (state, meta, pickle
 * walk, every rule). The set is synthesised once per size by {@link GraflowSetSynthesizer}.
 * Stateless; see {@link Benchmark} for threading.
 */
public final class GraflowInspectBenchmark implements Benchmark {
    /** The name. */
    public static final String NAME = "inspect.graflow";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "inspect a Python Graflow checkpoint set with `pending` pending tasks";
    }

    @Override
    public List<BenchmarkResult> run(BenchmarkSettings settings) {
        Map<Integer, Path> sets = new HashMap<>();
        try (ScratchFolder folder = new ScratchFolder("graflow-bench-inspect")) {
            return new InterleavedRuns(NAME, "pending", "ms").run(settings.pick(new int[] {100_000}, new int[] {2_000}),
                    settings.pick(10_000, 500), settings.pick(5, 2), pending -> settings.pick(7, 3), Map.of(),
                    pending -> {
                        Path base = sets.computeIfAbsent(pending, size -> {
                            Path written = folder.path().resolve("graflow-" + size);
                            GraflowSetSynthesizer.write(written, size);
                            return written;
                        });
                        Stopwatch watch = Stopwatch.start();
                        CheckpointInspection inspection = inspect(base.resolveSibling(base.getFileName() + ".pkl"));
                        watch.stop();
                        check(inspection, pending);
                        Map<String, Double> extras = new LinkedHashMap<>(watch.extras());
                        extras.put("state_bytes",
                                (double) ScratchFolder.sizeOf(base.resolveSibling(base.getFileName() + ".state.json")));
                        extras.put("flags", (double) inspection.flags().size());
                        return new Measurement(Figures.millis(watch.wallNanos()), extras);
                    });
        }
    }

    private static CheckpointInspection inspect(Path path) {
        try {
            return CheckpointReader.read(path);
        } catch (NotACheckpointException e) {
            throw new BenchmarkException("the synthesised set was not recognised: " + e.getMessage(), e);
        }
    }

    private static void check(CheckpointInspection inspection, int pending) {
        if (inspection.format() != CheckpointFormat.GRAFLOW || inspection.pending().size() != pending
                || inspection.hasErrors()) {
            throw new BenchmarkException("expected a clean Graflow set with " + pending + " pending tasks, got "
                    + inspection.format() + " with " + inspection.pending().size() + " pending and flags "
                    + inspection.flagCodes());
        }
    }
}
