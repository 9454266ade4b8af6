package io.github.graflowstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.graflowstudio.engine.EngineTestSupport.Log;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fluent {@link Workflow} builder: Graflow's {@code >>} and {@code |} in Java. */
class WorkflowBuilderTest {

    @Test
    void thenChainsNodesLeftToRight() {
        Workflow wf = new Workflow("etl");
        Flow chain = wf.task("a", ctx -> 1).then(wf.task("b", ctx -> 2), wf.task("c", ctx -> 3));

        assertEquals("a", chain.leftmostId());
        assertEquals("c", chain.rightmostId());
        assertEquals(List.of("b"), wf.graph().successors("a"));
        assertEquals(List.of("c"), wf.graph().successors("b"));
        assertEquals(List.of("a"), wf.graph().startNodes());
    }

    @Test
    void chainingTwoChainsLinksRightmostToLeftmost() {
        Workflow wf = new Workflow("chains");
        Flow left = wf.task("a", ctx -> 1).then(wf.task("b", ctx -> 2));
        Flow right = wf.task("c", ctx -> 3).then(wf.task("d", ctx -> 4));

        Flow all = left.then(right);

        assertEquals(List.of("c"), wf.graph().successors("b"));
        assertEquals("a", all.leftmostId());
        assertEquals("d", all.rightmostId());
        assertEquals(3, wf.graph().edgeCount());
    }

    @Test
    void parallelMakesNumberedGroupNodes() {
        Workflow wf = new Workflow("groups");
        Flow first = wf.parallel(wf.task("a", ctx -> 1), wf.task("b", ctx -> 2));
        Flow second = wf.parallel(wf.task("c", ctx -> 3), wf.task("d", ctx -> 4));
        Flow named = wf.parallel("fanout", GroupPolicy.atLeast(1), wf.task("e", ctx -> 5), wf.task("f", ctx -> 6));

        assertEquals("ParallelGroup_1", first.leftmostId());
        assertEquals("ParallelGroup_2", second.leftmostId());
        assertEquals("fanout", named.leftmostId());
        ParallelGroup group = assertInstanceOf(ParallelGroup.class, wf.graph().task("fanout"));
        assertEquals(List.of("e", "f"), group.memberIds());
        assertEquals("at_least_1", group.policy().name());
        assertEquals(List.of("ParallelGroup_1", "ParallelGroup_2", "fanout"), wf.graph().startNodes(),
                "group members are not start nodes");
    }

    @Test
    void aChainAsAMemberContributesItsLeftmostNodeAndRunsInsideTheBranch() {
        Log log = new Log();
        Workflow wf = new Workflow("a | (b >> c)");
        Flow a = wf.add(log.task("a", "A"));
        Flow bc = wf.add(log.task("b", "B")).then(wf.add(log.task("c", "C")));
        Flow group = wf.parallel(a, bc);
        group.then(wf.add(log.task("after", "done")));

        ParallelGroup node = assertInstanceOf(ParallelGroup.class, wf.graph().task(group.leftmostId()));
        assertEquals(List.of("a", "b"), node.memberIds());

        ExecutionContext context = ExecutionContext.create(wf.graph(), group.leftmostId(), 100);
        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("a", "b", "c", "after"), log.entries());
        assertEquals(List.of("ParallelGroup_1", "after"), context.completedTasks(), "c ran in b's branch");
        assertEquals("C", context.result("c", null));
    }

    @Test
    void runExecutesFromAStartNode() {
        Workflow wf = new Workflow("run");
        Flow fetch = wf.task("fetch", ctx -> 1);
        Flow a = wf.task("a", ctx -> ctx.param("fetch", Integer.class).orElse(0) + 1);
        Flow b = wf.task("b", ctx -> 2);
        Flow store = wf.task("store", ctx -> ctx.param("a", Integer.class).orElseThrow() + ctx.param("b", Integer.class).orElseThrow());
        fetch.then(wf.parallel(a, b)).then(store);

        RunResult result = wf.run("fetch", 100);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(4, result.lastResult());
        assertEquals("run", wf.name());
    }

    @Test
    void theBuilderRefusesDuplicatesAndUnknownNodes() {
        Workflow wf = new Workflow("refusals");
        wf.task("a", ctx -> 1);
        assertThrows(IllegalArgumentException.class, () -> wf.task("a", ctx -> 2));
        assertThrows(java.util.NoSuchElementException.class, () -> wf.node("ghost"));
        assertThrows(IllegalArgumentException.class, () -> wf.parallel());
        assertThrows(IllegalArgumentException.class, () -> wf.run("ghost", 10));
        assertEquals("a", wf.node("a").leftmostId());
    }
}
