package io.github.graflowstudio.bench;

import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.ReferenceTaskResolver;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.Tasks;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checkpoint workload of the Python baselines: a graph of {@code pending} task nodes and a
 * context whose queue holds exactly {@code pending} specs ({@code t0} queued as the start,
 * {@code t1 ... t(pending-1)} added). The tasks are {@code noop}s, so a resume can rebuild every
 * one of them from the set. Stateless and thread-safe.
 */
final class CheckpointWorkloads {
    private CheckpointWorkloads() {
    }

    /** The context with {@code pending} queued specs. */
    static ExecutionContext pendingQueue(int pending) {
        TaskGraph graph = new TaskGraph();
        for (int i = 0; i < pending; i++) {
            graph.addNode(Tasks.noop("t" + i));
        }
        ExecutionContext context = ExecutionContext.builder(graph).startNode("t0").build();
        for (int i = 1; i < pending; i++) {
            context.enqueue("t" + i);
        }
        if (context.queue().size() != pending) {
            throw new BenchmarkException("expected " + pending + " queued specs, got " + context.queue().size());
        }
        return context;
    }

    /** A manager with automatic paths under {@code folder} that rebuilds only built-in tasks. */
    static CheckpointManager manager(Path folder) {
        return new CheckpointManager(folder.resolve("auto"), new ReferenceTaskResolver((id, reference, options, graph) -> {
            throw new IllegalArgumentException("the benchmark graph has only noop tasks, not " + reference);
        }));
    }

    /** The byte sizes of a set's files, for the details. */
    static Map<String, Double> sizes(Path base) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        sizes.put("context_bytes", (double) ScratchFolder.sizeOf(CheckpointPaths.file(base, CheckpointPaths.CONTEXT)));
        sizes.put("state_bytes", (double) ScratchFolder.sizeOf(CheckpointPaths.file(base, CheckpointPaths.STATE)));
        sizes.put("meta_bytes", (double) ScratchFolder.sizeOf(CheckpointPaths.file(base, CheckpointPaths.META)));
        return sizes;
    }

    /** The full-run and quick-run sizes. */
    static int[] pendingSizes(BenchmarkSettings settings) {
        return settings.pick(new int[] {1_000, 10_000, 100_000, 1_000_000}, new int[] {200, 1_000});
    }

    /** Repetitions: 5 as in the Python run, 3 at a million, 3 in a quick run. */
    static int reps(BenchmarkSettings settings, int pending) {
        return settings.quick() || pending >= 1_000_000 ? 3 : 5;
    }
}
