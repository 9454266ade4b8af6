package io.github.graflowstudio.document.compile;

import static io.github.graflowstudio.document.Runs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.InvalidConfigException;
import io.github.graflowstudio.document.validation.ProblemCode;
import io.github.graflowstudio.engine.GroupPolicy;
import io.github.graflowstudio.engine.ParallelGroup;
import io.github.graflowstudio.engine.RetryPolicy;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Document to TaskGraph, single tasks and start selection. */
class WorkflowCompilerTest {
    private final WorkflowCompiler compiler = new WorkflowCompiler();

    private static WorkflowDocument fanOut(GroupPolicySpec policy, WorkflowNode... members) {
        List<WorkflowNode> nodes = new java.util.ArrayList<>();
        nodes.add(node("fetch", "echo", Map.of("value", 2)));
        nodes.addAll(List.of(members));
        nodes.add(node("store", "expr", Map.of("expression", "results")));
        List<String> ids = java.util.Arrays.stream(members).map(WorkflowNode::id).toList();
        return WorkflowDocument.of("fan", nodes, List.of(WorkflowEdge.of("fetch", "g"), WorkflowEdge.of("g", "store")),
                List.of(WorkflowGroup.of("g", ids, policy)));
    }

    @Test
    void compilesNodesGroupsAndEdges() {
        WorkflowDocument document = fanOut(GroupPolicySpec.atLeast(1), node("a", "expr", Map.of("expression", "fetch + 1")),
                node("b", "expr", Map.of("expression", "fetch * 10")));
        CompiledWorkflow compiled = compiler.compile(document);
        TaskGraph graph = compiled.graph();
        assertEquals(List.of("fetch", "a", "b", "store", "g"), graph.nodeIds());
        assertEquals(List.of("g"), graph.successors("fetch"));
        assertEquals(List.of("store"), graph.successors("g"));
        ParallelGroup group = assertInstanceOf(ParallelGroup.class, graph.task("g"));
        assertEquals(List.of("a", "b"), group.memberIds());
        assertEquals(Map.of("type", "at_least_n", "min_success", 1), group.policy().canonicalForm());
        assertEquals("fetch", compiled.startNode());
        assertEquals(document, compiled.document());
        assertEquals(new TaskReference.Kind("expr", Map.of("expression", "fetch + 1")), graph.task("a").reference());
    }

    @Test
    void aCompiledGroupJoinsItsMembers() {
        WorkflowDocument document = fanOut(GroupPolicySpec.strict(), node("a", "expr", Map.of("expression", "fetch + 1")),
                node("b", "expr", Map.of("expression", "fetch * 10")));
        Runs.Outcome outcome = Runs.run(document);
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) outcome.result("store");
        assertEquals(3L, results.get("a"));
        assertEquals(20L, results.get("b"));
        assertEquals(List.of("fetch", "g", "store"), outcome.context().completedTasks());
    }

    @Test
    void groupPoliciesDecideWhetherAFailingMemberFailsTheGroup() {
        WorkflowNode ok = node("ok", "echo", Map.of("value", 1));
        WorkflowNode bad = node("bad", "fail", Map.of("message", "member broke"));
        assertEquals(RunStatus.FAILED, Runs.run(fanOut(GroupPolicySpec.strict(), ok, bad)).result().status());
        assertEquals(RunStatus.COMPLETED, Runs.run(fanOut(GroupPolicySpec.bestEffort(), ok, bad)).result().status());
        assertEquals(RunStatus.COMPLETED, Runs.run(fanOut(GroupPolicySpec.atLeast(1), ok, bad)).result().status());
        assertEquals(RunStatus.FAILED, Runs.run(fanOut(GroupPolicySpec.atLeast(2), ok, bad)).result().status());
        assertEquals(RunStatus.COMPLETED,
                Runs.run(fanOut(GroupPolicySpec.critical(List.of("ok")), ok, bad)).result().status());
        assertEquals(RunStatus.FAILED,
                Runs.run(fanOut(GroupPolicySpec.critical(List.of("bad")), ok, bad)).result().status());
    }

    @Test
    void nodeOptionsBecomeTaskOptions() {
        WorkflowNode node = node("a", "noop", Map.of()).withMaxRetries(3).withMaxCycles(7)
                .withRetryBackoff(RetryBackoff.of(100, 1.5, 900, true));
        assertEquals(new TaskOptions(3, new RetryPolicy(3, 100, 1.5, 900, true), 7), WorkflowCompiler.taskOptions(node));
        assertEquals(new TaskOptions(null, null, null), WorkflowCompiler.taskOptions(node("b", "noop", Map.of())));
        assertEquals(new TaskOptions(null, null, null),
                WorkflowCompiler.taskOptions(node("c", "noop", Map.of()).withRetryBackoff(RetryBackoff.DEFAULTS)));
        Task task = compiler.buildTask(WorkflowDocument.of("x", List.of(node), List.of(), List.of()), "a");
        assertEquals(7, task.options().maxCycles());
        assertEquals(3, task.options().maxRetries());
    }

    @Test
    void groupPolicySpecsMapToEnginePolicies() {
        assertEquals("strict", WorkflowCompiler.groupPolicy(GroupPolicySpec.strict()).canonicalForm());
        assertEquals("best_effort", WorkflowCompiler.groupPolicy(GroupPolicySpec.bestEffort()).canonicalForm());
        assertEquals(GroupPolicy.atLeast(2), WorkflowCompiler.groupPolicy(GroupPolicySpec.atLeast(2)));
        assertEquals(GroupPolicy.critical(List.of("b", "a")),
                WorkflowCompiler.groupPolicy(GroupPolicySpec.critical(List.of("a", "b"))));
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowCompiler.groupPolicy(new GroupPolicySpec("fastest", null, null, Map.of())));
    }

    @Test
    void invalidDocumentsAreRefusedWithTheirErrors() {
        WorkflowDocument document = Runs.chain(node("a", "sleep", Map.of()), node("b", "noop", Map.of()))
                .withEdge("b", "ghost");
        WorkflowCompilationException error = assertThrows(WorkflowCompilationException.class,
                () -> compiler.compile(document));
        assertEquals("workflow 'chain' cannot be compiled: 2 errors: UNKNOWN_REFERENCE: edge b -> ghost: 'ghost' does "
                + "not exist; INVALID_CONFIG: node 'a' (sleep): missing field 'millis' (a whole number)", error.getMessage());
        assertEquals(List.of(ProblemCode.UNKNOWN_REFERENCE, ProblemCode.INVALID_CONFIG),
                error.errors().stream().map(problem -> problem.code()).toList());
    }

    @Test
    void warningsDoNotStopCompilation() {
        CompiledWorkflow compiled = compiler.compile(Runs.chain(node("a", "noop", Map.of()))
                .withNode(node("lonely", "noop", Map.of())).withStart("a"));
        assertEquals(List.of(ProblemCode.UNREACHABLE_NODE),
                compiled.report().problems().stream().map(problem -> problem.code()).toList());
    }

    @Test
    void buildsASingleNodeOrGroupTask() {
        WorkflowDocument document = fanOut(GroupPolicySpec.bestEffort(), node("a", "echo", Map.of("value", 1)));
        Task a = compiler.buildTask(document, "a");
        assertEquals(new TaskReference.Kind("echo", Map.of("value", 1L)), a.reference());
        ParallelGroup group = assertInstanceOf(ParallelGroup.class, compiler.buildTask(document, "g"));
        assertEquals(new TaskReference.Group(List.of("a"), "best_effort"), group.reference());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> compiler.buildTask(document, "nope"));
        assertEquals("no node or group 'nope' in workflow 'fan'. Ids: [fetch, a, store, g]", unknown.getMessage());
        WorkflowDocument broken = document.withNode(node("bad", "sleep", Map.of("millis", "x")));
        assertThrows(InvalidConfigException.class, () -> compiler.buildTask(broken, "bad"));
    }

    @Test
    void startIsTheDocumentsStartOrTheSingleRoot() {
        WorkflowDocument document = fanOut(GroupPolicySpec.strict(), node("a", "noop", Map.of()));
        assertEquals("fetch", compiler.startNode(document));
        assertEquals("a", compiler.startNode(document.withStart("a")));
        WorkflowDocument groupOnly = WorkflowDocument.of("g", List.of(node("a", "noop", Map.of()), node("b", "noop", Map.of())),
                List.of(), List.of(WorkflowGroup.of("both", List.of("a", "b"))));
        assertEquals("both", compiler.startNode(groupOnly), "members are not starts");
        WorkflowDocument branchLoop = WorkflowDocument.of("loop", List.of(node("work", "noop", Map.of()),
                node("check", "branch", Map.of("condition", "true", "ifTrue", "done", "ifFalse", "work")),
                node("done", "noop", Map.of())), List.of(WorkflowEdge.of("work", "check")), List.of());
        assertEquals("work", compiler.startNode(branchLoop), "a root that another root jumps to is not a start");
    }

    @Test
    void ambiguousAndMissingStartsListTheCandidates() {
        WorkflowDocument two = WorkflowDocument.of("two", List.of(node("a", "noop", Map.of()), node("b", "noop", Map.of())),
                List.of(), List.of());
        WorkflowCompilationException ambiguous = assertThrows(WorkflowCompilationException.class,
                () -> compiler.startNode(two));
        assertTrue(ambiguous.getMessage().endsWith("AMBIGUOUS_START: several nodes have no predecessor and could start "
                + "the workflow: [a, b]"), ambiguous.getMessage());
        WorkflowCompilationException unknown = assertThrows(WorkflowCompilationException.class,
                () -> compiler.startNode(two.withStart("zz")));
        assertEquals(ProblemCode.UNKNOWN_REFERENCE, unknown.errors().get(0).code());
        assertNull(unknown.errors().get(0).nodeId());
    }

    @Test
    void eachCompileMakesAFreshGraph() {
        WorkflowDocument document = Runs.chain(node("repeat", "loop", Map.of("count", 2)));
        CompiledWorkflow first = compiler.compile(document);
        Runs.run(document);
        new io.github.graflowstudio.engine.WorkflowEngine().execute(first.newContext(100));
        assertEquals(2, first.graph().size(), "the run added its iteration task to this graph");
        assertEquals(1, compiler.compile(document).graph().size());
    }
}
