package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graflowstudio.engine.EngineTestSupport.Log;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graflow's tests/scenario/test_successor_handling.py (2): dynamic tasks without goto keep static successors. */
class SuccessorHandlingTest {

    @Test
    void aDynamicTaskLetsTheStaticSuccessorRun() {
        Log log = new Log();
        Task main = log.task("main_task", ctx -> {
            ctx.nextTask(log.task("dynamic_processor", "processed_data"));
            return "main_complete";
        });
        TaskGraph graph = graph(List.of(main, log.task("dynamic_cleanup", "cleanup_complete"),
                log.task("final_task", "final_complete")), "main_task>final_task");

        RunResult result = new WorkflowEngine().execute(context(graph, "main_task", 10));

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("main_task", "dynamic_processor", "final_task"), log.entries());
    }

    @Test
    void anEdgeAddedAtRunTimeGivesTheDynamicTaskItsOwnSuccessor() {
        Log log = new Log();
        Task controller = log.task("controller", ctx -> {
            ctx.nextTask(log.task("data_processor", "data_processed"));
            ctx.graph().addEdge("data_processor", "cleanup_task2");
            return "controller_complete";
        });
        TaskGraph graph = graph(List.of(controller, log.task("cleanup_task2", "cleanup_complete"),
                log.task("final_task2", "final_complete")), "controller>final_task2");
        ExecutionContext context = context(graph, "controller", 15);

        new WorkflowEngine().execute(context);

        assertEquals(List.of("controller", "data_processor", "final_task2", "cleanup_task2"), log.entries());
        assertEquals(List.of("cleanup_task2"), graph.successors("data_processor"));
    }
}
