package io.github.graflowstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.event.RunEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stopping a run before any top-level task, copying its state out as plain data (what a
 * checkpoint holds: task references, edges, channel, counters, pending specs) and resuming it
 * in a fresh context built only through the public API gives the same execution as a run that
 * was never stopped.
 */
class StopAndResumeTest {
    private static final int SEEDS = Math.min(Integer.getInteger("studio.fuzz.count", 200), 120);
    private static final long FIRST_SEED = Long.getLong("studio.fuzz.seed", 20261128L);

    /** Everything a checkpoint keeps, as plain values (no live engine objects besides channel values). */
    private record Snapshot(String sessionId, String startNode, int maxSteps, List<String> ids,
                            Map<String, TaskReference> references, List<String[]> edges, Map<String, Object> channel,
                            int steps, List<String> completed, Map<String, Integer> cycles,
                            Map<String, Integer> cycleLimits, Map<String, Integer> retries,
                            Map<String, String> lastErrors, long dynamicSerial, List<PendingTask> pending) {
    }

    private static Snapshot snapshot(ExecutionContext context) {
        TaskGraph graph = context.graph();
        Map<String, TaskReference> references = new LinkedHashMap<>();
        for (Task task : graph.tasks()) {
            references.put(task.id(), task.reference());
        }
        List<PendingTask> pending = new ArrayList<>();
        for (TaskSpec spec : context.queue().pendingSpecs()) {
            pending.add(spec.toPending());
        }
        return new Snapshot(context.sessionId(), context.startNode(), context.maxSteps(), graph.nodeIds(), references,
                graph.edges(), context.channel().snapshot(), context.steps(), context.completedTasks(),
                context.cycles().snapshot(), context.cycleLimits(), context.retries().countsSnapshot(),
                context.retries().lastErrorsSnapshot(), context.dynamicSerial(), pending);
    }

    /**
     * Rebuilds a context from a snapshot. Group options (retries) are not part of a group's
     * reference, so they come from the workflow definition, as a resume would take them from the
     * document.
     */
    private static ExecutionContext resume(Snapshot saved, Map<String, TaskOptions> groupOptions) {
        TaskGraph graph = new TaskGraph();
        for (String id : saved.ids()) {
            TaskReference reference = saved.references().get(id);
            if (reference instanceof TaskReference.Kind kind) {
                graph.addNode(RandomWorkflows.rebuild(id, kind));
            } else if (reference instanceof TaskReference.Iteration iteration) {
                graph.addNode(Tasks.iteration(id, graph.task(iteration.baseId()), iteration.data()));
            } else if (reference instanceof TaskReference.Group group) {
                graph.addNode(new ParallelGroup(id, group.members(), GroupPolicy.fromCanonical(group.policy()),
                        groupOptions.get(id)));
            } else {
                throw new AssertionError("cannot rebuild " + id + ": " + reference);
            }
        }
        for (String[] edge : saved.edges()) {
            graph.addEdge(edge[0], edge[1]);
        }
        ExecutionContext context = ExecutionContext.builder(graph).sessionId(saved.sessionId())
                .startNode(saved.startNode()).enqueueStart(false).maxSteps(saved.maxSteps())
                .initialChannel(saved.channel()).build();
        context.restore(saved.steps(), saved.completed(), saved.cycles(), saved.retries(), saved.lastErrors(),
                saved.dynamicSerial());
        context.restoreCycleLimits(saved.cycleLimits());
        for (PendingTask entry : saved.pending()) {
            context.enqueueRestored(entry.taskId(), entry.createdAt(), entry.retryCount(), entry.maxRetries(),
                    entry.lastError(), entry.groupId());
        }
        return context;
    }

    private static Map<String, TaskOptions> groupOptions(TaskGraph graph) {
        Map<String, TaskOptions> options = new LinkedHashMap<>();
        for (Task task : graph.tasks()) {
            if (task instanceof ParallelGroup group) {
                options.put(group.id(), group.options());
            }
        }
        return options;
    }

    /** Runs a workflow; stops before the {@code stopAt}-th top-level task (0 = never). */
    private static List<Object> run(long seed, int stopAt) {
        RandomWorkflows.Generated workflow = RandomWorkflows.generate(seed);
        Map<String, TaskOptions> groupOptions = groupOptions(workflow.graph());
        ExecutionContext first = workflow.newContext();
        RandomWorkflows.Trace trace = new RandomWorkflows.Trace();
        WorkflowEngine engine = RandomWorkflows.engine();
        engine.addListener(trace);
        int[] starts = {0};
        engine.addListener(event -> {
            if (event instanceof RunEvent.TaskStarting && event.sessionId().equals(RandomWorkflows.SESSION_ID)
                    && ++starts[0] == stopAt) {
                first.requestStop();
            }
        });
        ExecutionContext context = first;
        RunResult result = engine.execute(context);
        List<String> lines = new ArrayList<>(trace.lines());
        if (result.status() == RunStatus.STOPPED) {
            ExecutionContext resumed = resume(snapshot(context), groupOptions);
            RandomWorkflows.Trace more = new RandomWorkflows.Trace();
            WorkflowEngine next = RandomWorkflows.engine();
            next.addListener(more);
            result = next.execute(resumed);
            lines.addAll(more.lines());
            context = resumed;
        }
        return List.of(lines, RandomWorkflows.finalState(context, result), starts[0]);
    }

    @Test
    void stoppingBeforeAnyTopLevelTaskAndResumingFromPlainDataRepeatsTheRun() {
        int resumes = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            List<Object> whole = run(seed, 0);
            int topLevelStarts = (Integer) whole.get(2);
            for (int stopAt = 1; stopAt <= Math.min(topLevelStarts, 12); stopAt++) {
                List<Object> interrupted = run(seed, stopAt);
                String where = RandomWorkflows.generate(seed) + ", stopped before top-level task " + stopAt;
                assertEquals(whole.get(0), interrupted.get(0), where);
                assertEquals(whole.get(1), interrupted.get(1), where);
                resumes++;
            }
        }
        assertTrue(resumes > SEEDS, "resumed " + resumes + " times");
    }

    @Test
    void canonicalPolicyFormsResolveToEqualPolicies() {
        for (GroupPolicy policy : List.of(GroupPolicy.strict(), GroupPolicy.bestEffort(), GroupPolicy.atLeast(2),
                GroupPolicy.critical(List.of("b", "a")))) {
            GroupPolicy resolved = GroupPolicy.fromCanonical(policy.canonicalForm());
            assertEquals(policy.name(), resolved.name());
            assertEquals(policy.canonicalForm(), resolved.canonicalForm());
        }
        assertEquals("strict", GroupPolicy.fromCanonical("STRICT").name());
        assertEquals("at_least_3", GroupPolicy.fromCanonical(Map.of("type", "at_least_n", "min_success", 3L)).name());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> GroupPolicy.fromCanonical("fastest"));
        assertEquals("Unknown group execution policy 'fastest'. Available policies: "
                + "['at_least_n', 'best_effort', 'critical', 'strict']", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupPolicy.fromCanonical(Map.of("type", "__custom__")));
        assertThrows(IllegalArgumentException.class,
                () -> GroupPolicy.fromCanonical(Map.of("type", "at_least_n", "min_success", 1.5)));
        assertThrows(IllegalArgumentException.class, () -> GroupPolicy.fromCanonical(42));
    }
}
