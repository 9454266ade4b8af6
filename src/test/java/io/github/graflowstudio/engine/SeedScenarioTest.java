package io.github.graflowstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bug class that started the project: the queue must hold the graph's own task. */
class SeedScenarioTest {

    @Test
    void startSpecHoldsTheVeryTaskTheGraphHolds() {
        TaskGraph graph = new TaskGraph();
        Task myTask = Tasks.ofKind("my_task", "echo", java.util.Map.of("value", 1), ctx -> 1, TaskOptions.DEFAULTS);
        graph.addNode(myTask);
        ExecutionContext context = ExecutionContext.create(graph, "my_task", 10);

        List<TaskSpec> pending = context.queue().pendingSpecs();
        assertEquals(1, pending.size());
        assertSame(graph.task("my_task"), pending.get(0).task());
        assertSame(myTask, pending.get(0).task());
        PendingTask serialised = pending.get(0).toPending();
        assertEquals("my_task", serialised.taskId());
        assertTrue(serialised.reference().serializable());
        assertEquals(new TaskReference.Kind("echo", java.util.Map.of("value", 1)), serialised.reference());
    }

    @Test
    void unknownStartNodeIsRefusedWithTheAvailableNodes() {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("my_task"));
        graph.addNode(Tasks.noop("other"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExecutionContext.create(graph, "nope", 10));
        assertEquals("Start node 'nope' not found in graph. Available nodes: [my_task, other]", error.getMessage());
    }

    @Test
    void nullStartNodeGivesAnEmptyQueue() {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("my_task"));
        assertTrue(ExecutionContext.create(graph, null, 10).queue().isEmpty());
    }
}
