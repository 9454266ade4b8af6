package io.github.graflowstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/**
 * Property tests over {@link RandomWorkflows}: the same seed gives the same graph and the same
 * execution, and a thread pool for the groups gives the same end state as the calling thread.
 * The number of seeds and the first seed come from {@code studio.fuzz.count} and
 * {@code studio.fuzz.seed} (pom properties).
 */
class RandomWorkflowDeterminismTest {
    private static final int COUNT = Integer.getInteger("studio.fuzz.count", 200);
    private static final long FIRST_SEED = Long.getLong("studio.fuzz.seed", 20261128L);

    /** One run: its trace and end state. */
    private record Run(List<String> trace, List<String> state, RunStatus status) {
    }

    private static Run run(RandomWorkflows.Generated workflow, WorkflowEngine engine) {
        RandomWorkflows.Trace trace = new RandomWorkflows.Trace();
        engine.addListener(trace);
        ExecutionContext context = workflow.newContext();
        RunResult result = engine.execute(context);
        return new Run(trace.lines(), RandomWorkflows.finalState(context, result), result.status());
    }

    private static List<String> shape(TaskGraph graph) {
        List<String> shape = new ArrayList<>();
        for (Task task : graph.tasks()) {
            shape.add(task.id() + " " + task.reference() + " -> " + graph.successors(task.id()));
        }
        return shape;
    }

    @Test
    void theSameSeedGivesTheSameGraphAndTheSameExecution() {
        Map<RunStatus, Integer> statuses = new EnumMap<>(RunStatus.class);
        Map<String, Integer> kinds = new TreeMap<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
            RandomWorkflows.Generated first = RandomWorkflows.generate(seed);
            RandomWorkflows.Generated second = RandomWorkflows.generate(seed);
            assertEquals(shape(first.graph()), shape(second.graph()), first.toString());
            for (Task task : first.graph().tasks()) {
                String kind = task.reference() instanceof TaskReference.Kind k ? k.kind() : task.reference().strategy();
                kinds.merge(kind, 1, Integer::sum);
            }

            Run one = run(first, RandomWorkflows.engine());
            Run two = run(second, RandomWorkflows.engine());

            assertEquals(one.trace(), two.trace(), first.toString());
            assertEquals(one.state(), two.state(), first.toString());
            assertEquals(shape(first.graph()), shape(second.graph()), "dynamic growth, " + first);
            statuses.merge(one.status(), 1, Integer::sum);
        }
        if (COUNT >= 100) {
            for (RunStatus expected : List.of(RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.TERMINATED)) {
                assertTrue(statuses.containsKey(expected), "the generator should reach " + expected + ": " + statuses);
            }
            for (String kind : List.of("random.emit", "random.goto", "random.iterate", "random.spawn", "random.flaky",
                    "random.terminate", "group")) {
                assertTrue(kinds.containsKey(kind), "the generator should use " + kind + ": " + kinds);
            }
        }
    }

    @Test
    void aThreadPoolForTheGroupsGivesTheSameEndState() {
        ExecutorService pool = EngineTestSupport.pool(4);
        try {
            int count = Math.min(COUNT, 100);
            for (long seed = FIRST_SEED; seed < FIRST_SEED + count; seed++) {
                Run direct = run(RandomWorkflows.generate(seed), RandomWorkflows.engine());
                Run pooled = run(RandomWorkflows.generate(seed), new WorkflowEngine(pool, EngineClock.system()));
                assertEquals(direct.state(), pooled.state(), RandomWorkflows.generate(seed).toString());
                assertEquals(sorted(direct.trace()), sorted(pooled.trace()),
                        "the same attempts, in another interleaving; " + RandomWorkflows.generate(seed));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyGeneratedTaskCanBeRebuiltFromItsReference() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 50; seed++) {
            RandomWorkflows.Generated workflow = RandomWorkflows.generate(seed);
            for (Task task : workflow.graph().tasks()) {
                TaskReference reference = task.reference();
                assertTrue(reference.serializable(), task.id() + " " + reference);
                if (reference instanceof TaskReference.Kind kind) {
                    SimpleTask rebuilt = RandomWorkflows.rebuild(task.id(), kind);
                    assertEquals(reference, rebuilt.reference());
                    assertEquals(task.options(), rebuilt.options());
                }
            }
        }
    }

    @Test
    void aRebuiltGraphRunsLikeTheOriginal() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 50; seed++) {
            RandomWorkflows.Generated original = RandomWorkflows.generate(seed);
            TaskGraph copy = new TaskGraph();
            for (Task task : original.graph().tasks()) {
                copy.addNode(task.reference() instanceof TaskReference.Kind kind
                        ? RandomWorkflows.rebuild(task.id(), kind) : task);
            }
            for (String[] edge : original.graph().edges()) {
                copy.addEdge(edge[0], edge[1]);
            }
            RandomWorkflows.Generated rebuilt = new RandomWorkflows.Generated(seed, copy, original.startNode(),
                    original.maxSteps(), original.outline());

            assertEquals(run(original, RandomWorkflows.engine()), run(rebuilt, RandomWorkflows.engine()),
                    original.toString());
        }
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
