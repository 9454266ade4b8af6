package io.github.graflowstudio.bench;

import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.GroupPolicy;
import io.github.graflowstudio.engine.ParallelGroup;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine workloads of the Python baselines, with trivial tasks that return the int 7: a
 * chain, a fan-out through a parallel group, and a goto loop. Each run is checked as the Python
 * scripts check theirs (step count and last result). Stateless and thread-safe.
 */
final class EngineWorkloads {
    private static final TaskBody SEVEN = context -> 7;
    private static final Integer EXPECTED = 7;

    private EngineWorkloads() {
    }

    /** {@code t0 >> t1 >> ... >> t(n-1)}, ready to run from {@code t0}. */
    static ExecutionContext chain(int n) {
        TaskGraph graph = new TaskGraph();
        String previous = null;
        for (int i = 0; i < n; i++) {
            String id = "t" + i;
            graph.addNode(Tasks.ofKind(id, "noop", Map.of(), SEVEN, TaskOptions.DEFAULTS));
            if (previous != null) {
                graph.addEdge(previous, id);
            }
            previous = id;
        }
        return ExecutionContext.builder(graph).startNode("t0").maxSteps(n + 10).build();
    }

    /** {@code src >> (m0 | m1 | ... | m(k-1)) >> sink}, ready to run from {@code src}. */
    static ExecutionContext fanOut(int k) {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.ofKind("src", "noop", Map.of(), SEVEN, TaskOptions.DEFAULTS));
        List<String> members = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            String id = "m" + i;
            graph.addNode(Tasks.ofKind(id, "noop", Map.of(), SEVEN, TaskOptions.DEFAULTS));
            members.add(id);
        }
        graph.addNode(new ParallelGroup("group", members, GroupPolicy.strict()));
        graph.addNode(Tasks.ofKind("sink", "noop", Map.of(), SEVEN, TaskOptions.DEFAULTS));
        graph.addEdge("src", "group");
        graph.addEdge("group", "sink");
        return ExecutionContext.builder(graph).startNode("src").maxSteps(k + 10).build();
    }

    /** One task {@code loop} that jumps to itself until it has run {@code n} times. */
    static ExecutionContext gotoLoop(int n) {
        int[] runs = {0};
        TaskBody body = context -> {
            runs[0]++;
            if (runs[0] < n) {
                context.gotoTask("loop");
            }
            return 7;
        };
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.ofKind("loop", "noop", Map.of(), body, TaskOptions.DEFAULTS));
        return ExecutionContext.builder(graph).startNode("loop").maxSteps(n + 10).build();
    }

    /** Checks a run: completed, {@code steps} steps, last result 7. */
    static void check(String workload, RunResult result, int steps) {
        if (result.status() != RunStatus.COMPLETED || result.steps() != steps
                || !EXPECTED.equals(result.lastResult())) {
            throw new BenchmarkException(workload + ": expected " + steps + " completed steps ending in 7, got "
                    + result.status() + " after " + result.steps() + " steps, last result " + result.lastResult()
                    + (result.error() == null ? "" : ", error " + result.error()));
        }
    }
}
