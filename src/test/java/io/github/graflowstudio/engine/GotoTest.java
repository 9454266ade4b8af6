package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.EngineTestSupport.Log;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Graflow's tests/scenario/test_goto_functionality.py (3) and test_goto_new_tasks.py (3):
 * {@code goto=True} skips the successors for new and existing targets, {@code goto=False} with a
 * new task keeps them, mixing the two still skips them.
 */
class GotoTest {

    @Test
    void gotoToAnExistingTaskSkipsTheSuccessors() {
        Log log = new Log();
        Task main = log.task("main_task", ctx -> {
            ctx.nextTask(ctx.graph().task("target_task"), true);
            return "main_complete";
        });
        TaskGraph graph = graph(List.of(main, log.task("target_task", "target_complete"),
                log.task("successor_task", "successor_complete")), "main_task>successor_task");

        RunResult result = new WorkflowEngine().execute(context(graph, "main_task", 10));

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("main_task", "target_task"), log.entries());
    }

    @Test
    void aNormalNextTaskStillRunsTheSuccessors() {
        Log log = new Log();
        Task main = log.task("main_task2", ctx -> {
            ctx.nextTask(log.task("dynamic_task", "dynamic_complete"));
            return "main_complete";
        });
        TaskGraph graph = graph(List.of(main, log.task("successor_task2", "successor_complete")),
                "main_task2>successor_task2");

        new WorkflowEngine().execute(context(graph, "main_task2", 10));

        assertEquals(List.of("main_task2", "dynamic_task", "successor_task2"), log.entries());
    }

    @Test
    void mixingANormalNextTaskWithAGotoSkipsTheSuccessors() {
        Log log = new Log();
        Task controller = log.task("controller", ctx -> {
            ctx.nextTask(log.task("worker", "worker_done"));
            ctx.nextTask(ctx.graph().task("special_task"), true);
            return "controller_complete";
        });
        TaskGraph graph = graph(List.of(controller, log.task("special_task", "special_complete"),
                log.task("normal_successor", "normal_complete")), "controller>normal_successor");

        new WorkflowEngine().execute(context(graph, "controller", 15));

        assertEquals(List.of("controller", "worker", "special_task"), log.entries());
    }

    @Test
    void gotoToANewTaskSkipsTheSuccessors() {
        Log log = new Log();
        Task main = log.task("main_task", ctx -> {
            ctx.nextTask(log.task("new_dynamic_task", "new_task_complete"), true);
            return "main_complete";
        });
        TaskGraph graph = graph(List.of(main, log.task("successor_task", "successor_complete")),
                "main_task>successor_task");
        ExecutionContext context = context(graph, "main_task", 10);

        new WorkflowEngine().execute(context);

        assertEquals(List.of("main_task", "new_dynamic_task"), log.entries());
        assertTrue(graph.hasNode("new_dynamic_task"), "the new task stays in the graph");
    }

    @Test
    void aNewTaskWithoutGotoKeepsTheSuccessors() {
        Log log = new Log();
        Task main = log.task("main_task2", ctx -> {
            ctx.nextTask(log.task("new_normal_task", "new_normal_complete"), false);
            return "main_complete";
        });
        TaskGraph graph = graph(List.of(main, log.task("successor_task2", "successor_complete")),
                "main_task2>successor_task2");

        new WorkflowEngine().execute(context(graph, "main_task2", 10));

        assertEquals(List.of("main_task2", "new_normal_task", "successor_task2"), log.entries());
    }

    @Test
    void oneGotoAmongNewTasksSkipsTheSuccessors() {
        Log log = new Log();
        Task dispatcher = log.task("dispatcher", ctx -> {
            ctx.nextTask(log.task("worker_normal", "worker_normal_done"), false);
            ctx.nextTask(log.task("worker_urgent", "worker_urgent_done"), true);
            return "dispatcher_complete";
        });
        TaskGraph graph = graph(List.of(dispatcher, log.task("normal_successor", "normal_complete")),
                "dispatcher>normal_successor");
        ExecutionContext context = context(graph, "dispatcher", 15);

        new WorkflowEngine().execute(context);

        assertEquals(List.of("dispatcher", "worker_normal", "worker_urgent"), context.completedTasks());
    }

    @Test
    void gotoTaskJumpsToAnExistingNodeById() {
        Log log = new Log();
        Task main = log.task("main", ctx -> ctx.gotoTask("target"));
        TaskGraph graph = graph(List.of(main, log.task("target", 1), log.task("next", 2)), "main>next");

        new WorkflowEngine().execute(context(graph, "main", 10));

        assertEquals(List.of("main", "target"), log.entries());
        Task lost = Tasks.of("lost", ctx -> ctx.gotoTask("nowhere"));
        RunResult failed = new WorkflowEngine().execute(context(graph(List.of(lost)), "lost", 10));
        assertEquals(RunStatus.FAILED, failed.status());
        assertTrue(failed.errorMessage().contains("goto target 'nowhere' not found in graph. Available nodes: [lost]"),
                failed.errorMessage());
        assertInstanceOf(IllegalArgumentException.class, failed.error().getCause());
    }
}
