package io.github.graflowstudio.document.kinds;

import static io.github.graflowstudio.document.Runs.chain;
import static io.github.graflowstudio.document.Runs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.engine.CycleLimitExceededException;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** expr, branch and loop on the real engine. */
class ExpressionKindsTest {

    @Test
    void exprResolvesParametersFromUpstreamResults() {
        Runs.Outcome outcome = Runs.run(chain(
                node("fetch", "echo", Map.of("value", Map.of("rows", List.of(4, 5, 6)))),
                node("count", "expr", Map.of("expression", "size(fetch.rows)")),
                node("report", "expr", Map.of("expression", "'rows: ' + count + ', first: ' + fetch.rows[0]"))));
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals(3L, outcome.result("count"));
        assertEquals("rows: 3, first: 4", outcome.result("report"));
    }

    @Test
    void resultsWinOverChannelKeysAndStoreWritesTheChannel() {
        Runs.Outcome outcome = Runs.run(chain(
                node("a", "echo", Map.of("value", 1)),
                node("b", "expr", Map.of("expression", "2", "store", "a")),
                node("c", "expr", Map.of("expression", "10", "store", "ten")),
                node("d", "expr", Map.of("expression", "[a, channel.a, ten, results.b, task.id, task.cycle]"))));
        assertEquals(2L, outcome.context().channel().get("a"));
        assertEquals(List.of(1L, 2L, 10L, 2L, "d", 1L), outcome.result("d"));
    }

    @Test
    void initialChannelValuesAreParametersToo() {
        WorkflowDocument document = chain(node("x", "expr", Map.of("expression", "factor * 3")));
        ExecutionContext context = ExecutionContext.builder(new WorkflowCompiler().compile(document).graph())
                .startNode("x").initialChannel(Map.of("factor", 7)).build();
        new WorkflowEngine().execute(context);
        assertEquals(21L, context.result("x", null));
    }

    @Test
    void anUndefinedNameFailsTheTaskWithItsPosition() {
        Runs.Outcome outcome = Runs.run(chain(node("x", "expr", Map.of("expression", "1 + missing"))));
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertEquals("x", outcome.result().failedTaskId());
        assertTrue(outcome.result().errorMessage().contains("expression@1:5 variable 'missing' is undefined"),
                outcome.result().errorMessage());
    }

    @Test
    void branchJumpsToItsTargetAndSkipsItsSuccessors() {
        WorkflowDocument document = chain(
                node("amount", "echo", Map.of("value", 5)),
                node("check", "branch", Map.of("condition", "amount > 3", "ifTrue", "big", "ifFalse", "small")),
                node("after", "echo", Map.of("value", "after")))
                .withNode(node("big", "echo", Map.of("value", "big")))
                .withNode(node("small", "echo", Map.of("value", "small")));
        Runs.Outcome outcome = Runs.run(document);
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals(List.of("amount", "check", "big"), outcome.context().completedTasks());
        assertEquals(true, outcome.result("check"));
    }

    @Test
    void branchWithoutATargetForTheOutcomeContinuesWithItsSuccessors() {
        Runs.Outcome outcome = Runs.run(chain(
                node("check", "branch", Map.of("condition", "1 > 3", "ifTrue", "never")),
                node("after", "echo", Map.of("value", "after")))
                .withNode(node("never", "echo", Map.of())));
        assertEquals(List.of("check", "after"), outcome.context().completedTasks());
        assertEquals(false, outcome.result("check"));
    }

    @Test
    void aBranchConditionMustBeBoolean() {
        Runs.Outcome outcome = Runs.run(chain(node("check", "branch", Map.of("condition", "3"))));
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertTrue(outcome.result().errorMessage().contains("condition: must evaluate to true or false, was 3 (number)"),
                outcome.result().errorMessage());
    }

    @Test
    void aGotoLoopEndsWhenTheBranchSaysSo() {
        WorkflowDocument document = chain(
                node("work", "expr", Map.of("expression", "(results.work ?? 0) + 1")),
                node("check", "branch", Map.of("condition", "work < 4", "ifTrue", "work", "ifFalse", "done")))
                .withNode(node("done", "expr", Map.of("expression", "'worked ' + work + ' times'")));
        Runs.Outcome outcome = Runs.run(document);
        assertEquals("worked 4 times", outcome.result("done"));
        assertEquals(4, outcome.context().cycles().count("check"));
    }

    @Test
    void loopRunsCountIterationsThenJumpsToThen() {
        WorkflowDocument document = chain(node("repeat", "loop",
                Map.of("body", "iteration * 10", "count", 3, "store", "last", "then", "done")))
                .withNode(node("done", "expr", Map.of("expression", "last + 1")));
        Runs.Outcome outcome = Runs.run(document);
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals(10L, outcome.result("repeat"));
        assertEquals(31L, outcome.result("done"));
        assertEquals(3, outcome.context().cycles().count("repeat"));
        List<String> completed = outcome.context().completedTasks();
        assertEquals(4, completed.size(), completed.toString());
        assertEquals("done", completed.get(3));
        assertTrue(completed.get(1).startsWith("repeat_cycle_1_"), completed.toString());
        assertTrue(completed.get(2).startsWith("repeat_cycle_2_"), completed.toString());
    }

    @Test
    void loopStopsWhenUntilHoldsAndSeesThePreviousValue() {
        Runs.Outcome outcome = Runs.run(chain(node("double", "loop",
                Map.of("body", "(previous ?? 1) * 2", "until", "value >= 16", "store", "last"))));
        assertEquals(16L, outcome.context().channel().get("last"));
        assertEquals(4, outcome.context().cycles().count("double"));
    }

    @Test
    void loopIsBoundedByMaxCycles() {
        WorkflowDocument document = chain(node("forever", "loop", Map.of("until", "false", "store", "last")))
                .updateNode("forever", node -> node.withMaxCycles(4));
        Runs.Outcome outcome = Runs.run(document);
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals(4L, outcome.context().channel().get("last"));
        assertEquals(4, outcome.context().cycles().count("forever"));
    }

    @Test
    void loopWithoutMaxCyclesStopsAtTheEngineDefault() {
        Runs.Outcome outcome = Runs.run(chain(node("forever", "loop", Map.of("store", "last"))));
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals((long) ExecutionContext.DEFAULT_MAX_CYCLES, outcome.context().channel().get("last"));
    }

    @Test
    void loopSuccessorsRunAfterTheFirstIterationAsInGraflow() {
        Runs.Outcome outcome = Runs.run(chain(node("repeat", "loop", Map.of("count", 3)),
                node("after", "echo", Map.of("value", "after"))));
        List<String> completed = outcome.context().completedTasks();
        assertEquals("repeat", completed.get(0));
        assertTrue(completed.get(1).startsWith("repeat_cycle_1_"));
        assertEquals("after", completed.get(2));
        assertTrue(completed.get(3).startsWith("repeat_cycle_2_"));
    }

    @Test
    void maxCyclesBoundsAnEdgeCycle() {
        WorkflowDocument document = chain(node("a", "noop", Map.of()), node("b", "noop", Map.of()))
                .withEdge(WorkflowEdge.of("b", "a")).withStart("a")
                .updateNode("a", node -> node.withMaxCycles(3));
        RunResult result = Runs.run(document).result();
        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("a", result.failedTaskId());
        CycleLimitExceededException error = (CycleLimitExceededException) result.error();
        assertEquals("Cycle limit exceeded for task 'a': 4/3", error.getMessage());
        assertFalse(result.steps() > 6);
    }
}
