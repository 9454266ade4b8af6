package io.github.graflowstudio.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Python Graflow's figures on these machines (docs: {@code graflow-baselines.md}, medians, load
 * average about 3 on 2 cores), converted to our units. Stateless and thread-safe.
 */
public final class GraflowBaselines {
    private static final List<Reference> BASELINES = List.of(
            new Reference("engine.chain", Map.of("n", 10_000), 96.6, "chain N=10,000 (O(N^2) completed-list check)"),
            new Reference("engine.chain", Map.of("n", 100_000), null, "not run; 158 us/task at N=20,000 and growing"),
            new Reference("engine.chain", Map.of("n", 1_000_000), null, "not run; 158 us/task at N=20,000 and growing"),
            new Reference("engine.fanout", Map.of("k", 1_000, "executor", "direct"), 30.5,
                    "K=1,000 DIRECT backend, 30.5 ms per run"),
            new Reference("engine.fanout", Map.of("k", 1_000, "executor", "threads"), 115.3,
                    "K=1,000 threading backend (default), 115.3 ms per run"),
            new Reference("engine.goto", Map.of("n", 10_000), 23.8, "next_task(self, goto=True), 10,000 iterations"),
            new Reference("checkpoint.create", Map.of("pending", 1_000), 19.7, "create_checkpoint, P=1,000"),
            new Reference("checkpoint.create", Map.of("pending", 10_000), 162.8, "create_checkpoint, P=10,000"),
            new Reference("checkpoint.create", Map.of("pending", 100_000), 1_960.0, "create_checkpoint, P=100,000"),
            new Reference("checkpoint.resume", Map.of("pending", 1_000), 14.3, "resume_from_checkpoint, P=1,000"),
            new Reference("checkpoint.resume", Map.of("pending", 10_000), 208.1, "resume_from_checkpoint, P=10,000"),
            new Reference("checkpoint.resume", Map.of("pending", 100_000), 4_400.0, "resume_from_checkpoint, P=100,000"),
            new Reference("inspect.graflow", Map.of("pending", 100_000), 403.1,
                    "no inspector; Python's C json.load of the 17.8 MB state file alone"),
            new Reference("startup.window", Map.of(), 393.8,
                    "no GUI; `python3 -c 'import graflow'` whole process"),
            new Reference("canvas.frame", Map.of(), null, "no editor in Graflow"),
            new Reference("layout.elk", Map.of(), null, "no auto-layout in Graflow"));

    private GraflowBaselines() {
    }

    /** The Python figure for a result, if the baselines have one. */
    public static Optional<Reference> forResult(BenchmarkResult result) {
        return BASELINES.stream().filter(reference -> reference.appliesTo(result)).findFirst();
    }
}
