package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.EngineTestSupport.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graflow's tests/scenario/test_dynamic_tasks.py (8 scenarios), plus the Java-specific refusals. */
class DynamicTasksTest {

    @Test
    void nextTaskAddsTheNodeToTheGraphAndQueuesIt() {
        List<Object> seen = new ArrayList<>();
        Task start = Tasks.of("start", ctx -> {
            String id = ctx.nextTask(Tasks.of("dynamic_processor", c -> Map.of("result", "dynamic_complete")));
            seen.add(id);
            seen.add(ctx.graph().hasNode(id));
            seen.add(ctx.executionContext().queue().pendingIds());
            return null;
        });
        ExecutionContext context = context(graph(List.of(start)), "start", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(List.of("dynamic_processor", true, List.of("dynamic_processor")), seen);
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(Map.of("result", "dynamic_complete"), context.result("dynamic_processor", null));
    }

    @Test
    void nextIterationIdsStartWithTheBaseIdAndCycle() {
        List<Object> seen = new ArrayList<>();
        Task counter = Tasks.of("counter", ctx -> {
            if (ctx.iterationData() == null) {
                String id = ctx.nextIteration(Map.of("count", 1, "message", "hello"));
                seen.add(id);
                seen.add(ctx.graph().hasNode(id));
                seen.add(ctx.executionContext().queue().pendingIds().contains(id));
            }
            return ctx.iterationData();
        });
        ExecutionContext context = context(graph(List.of(counter)), "counter", 10);

        new WorkflowEngine().execute(context);

        String id = (String) seen.get(0);
        assertTrue(id.startsWith("counter_cycle_"), id);
        assertTrue(id.matches("counter_cycle_1_[0-9a-f]{8}"), id);
        assertEquals(List.of(true, true), seen.subList(1, 3));
        assertEquals(Map.of("count", 1, "message", "hello"), context.result(id, null));
    }

    @Test
    void tasksAreCreatedOnlyForTheValuesThatAskForThem() {
        List<String> created = new ArrayList<>();
        Task processor = Tasks.of("processor", ctx -> {
            for (int value : new int[] {75, 25, 5}) {
                if (value > 50) {
                    created.add(ctx.nextTask(Tasks.of("high_value_handler_" + value, c -> "high_value_processing_" + value)));
                } else if (value > 10) {
                    created.add(ctx.nextTask(Tasks.of("medium_value_handler_" + value, c -> "medium_value_processing_" + value)));
                }
            }
            assertEquals(created, ctx.executionContext().queue().pendingIds());
            return null;
        });
        ExecutionContext context = context(graph(List.of(processor)), "processor", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(List.of("high_value_handler_75", "medium_value_handler_25"), created);
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("processor", "high_value_handler_75", "medium_value_handler_25"), context.completedTasks());
        assertEquals("high_value_processing_75", context.result("high_value_handler_75", null));
    }

    @Test
    void aDynamicTaskRunsBeforeTheStaticSuccessors() {
        Log log = new Log();
        Task start = log.task("start_task", ctx -> {
            ctx.nextTask(log.task("dynamic_urgent", "dynamic_complete"));
            return "start_complete";
        });
        TaskGraph graph = graph(List.of(start, log.task("successor_task", "successor_complete"),
                log.task("final_task", "final_complete")), "start_task>successor_task", "successor_task>final_task");
        ExecutionContext context = context(graph, "start_task", 20);

        new WorkflowEngine().execute(context);

        List<String> order = List.of("start_task", "dynamic_urgent", "successor_task", "final_task");
        assertEquals(order, log.entries());
        assertEquals(order, context.completedTasks());
    }

    @Test
    void severalDynamicWorkersRunBeforeTheCleanup() {
        Log log = new Log();
        Task coordinator = log.task("coordinator", ctx -> {
            List<String> workers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                workers.add(ctx.nextTask(log.task("worker_" + i, "worker_" + i + "_done")));
            }
            return Map.of("workers_created", workers);
        });
        TaskGraph graph = graph(List.of(coordinator, log.task("cleanup", "cleanup_complete")), "coordinator>cleanup");
        ExecutionContext context = context(graph, "coordinator", 15);

        new WorkflowEngine().execute(context);

        assertEquals(List.of("coordinator", "worker_0", "worker_1", "worker_2", "cleanup"), context.completedTasks());
        assertEquals(Map.of("workers_created", List.of("worker_0", "worker_1", "worker_2")),
                context.result("coordinator", null));
        assertEquals("worker_1_done", context.result("worker_1", null));
    }

    @Test
    void dynamicAnalysisTasksRunBeforeTheFinalReport() {
        Log log = new Log();
        Task processor = log.task("processor", ctx -> {
            for (int i = 0; i < 3; i++) {
                int current = i;
                ctx.nextTask(Tasks.of("analysis_" + i, c -> {
                    log.add(c.taskId());
                    return "analysis_" + current + "_complete";
                }));
            }
            return null;
        });
        TaskGraph graph = graph(List.of(processor, log.task("final_report", "report_complete")), "processor>final_report");
        ExecutionContext context = context(graph, "processor", 20);

        new WorkflowEngine().execute(context);

        assertEquals(List.of("processor", "analysis_0", "analysis_1", "analysis_2", "final_report"), log.entries());
        assertEquals("analysis_2_complete", context.result("analysis_2", null));
    }

    @Test
    void jumpingToExistingNodesSkipsTheSuccessors() {
        Log log = new Log();
        Task start = log.task("start_node", ctx -> ctx.nextTask(ctx.graph().task("existing_task")));
        Task existing = log.task("existing_task", ctx -> ctx.nextTask(ctx.graph().task("other_existing")));
        TaskGraph graph = graph(List.of(start, existing, log.task("other_existing", "other_complete"),
                log.task("successor_node", "successor_complete"), log.task("final_node", "final_complete")),
                "start_node>successor_node", "successor_node>final_node");
        ExecutionContext context = context(graph, "start_node", 15);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("start_node", "existing_task", "other_existing"), context.completedTasks());
        assertFalse(context.isCompleted("successor_node"));
        assertFalse(context.isCompleted("final_node"));
    }

    @Test
    void aControllerJumpingToSeveralExistingTasksSkipsItsSuccessor() {
        Log log = new Log();
        Task controller = log.task("controller", ctx -> {
            for (String name : List.of("validator", "transformer", "analyzer")) {
                ctx.nextTask(ctx.graph().task(name));
            }
            return "controller_complete";
        });
        Task analyzer = log.task("analyzer", ctx -> ctx.nextTask(ctx.graph().task("data_processor")));
        TaskGraph graph = graph(List.of(controller, log.task("validator", "validation_complete"),
                log.task("transformer", "transform_complete"), analyzer,
                log.task("data_processor", "processing_complete"), log.task("successor", "successor_complete")),
                "controller>successor");
        ExecutionContext context = context(graph, "controller", 25);

        new WorkflowEngine().execute(context);

        assertEquals(List.of("controller", "validator", "transformer", "analyzer", "data_processor"),
                context.completedTasks());
        assertFalse(log.entries().contains("successor"));
    }

    @Test
    void nextTaskRefusesAnotherObjectUnderAnExistingId() {
        Task start = Tasks.of("start", ctx -> ctx.nextTask(Tasks.of("taken", c -> "impostor")));
        TaskGraph graph = graph(List.of(start, Tasks.of("taken", c -> "original")));
        ExecutionContext context = context(graph, "start", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("start", result.failedTaskId());
        assertTrue(result.errorMessage().contains("Task id 'taken' already names another task in the graph"),
                result.errorMessage());
        assertEquals(List.of(), context.queue().pendingIds());
        assertThrows(IllegalArgumentException.class, () -> graph.addNodeIfAbsent(Tasks.noop("taken")));
    }
}
