package io.github.graflowstudio.document.validation;

import static io.github.graflowstudio.document.Runs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator's rules one by one, and its order. */
class WorkflowValidatorTest {
    private final WorkflowValidator validator = new WorkflowValidator();

    private static WorkflowDocument document(List<WorkflowNode> nodes, List<WorkflowEdge> edges, List<WorkflowGroup> groups) {
        return WorkflowDocument.of("test", nodes, edges, groups);
    }

    private static WorkflowNode noop(String id) {
        return node(id, "noop", Map.of());
    }

    private static WorkflowEdge edge(String from, String to) {
        return WorkflowEdge.of(from, to);
    }

    private List<ProblemCode> codes(WorkflowDocument document) {
        return validator.validate(document).problems().stream().map(ValidationProblem::code).toList();
    }

    private ValidationProblem only(WorkflowDocument document, ProblemCode code) {
        List<ValidationProblem> found = validator.validate(document).withCode(code);
        assertEquals(1, found.size(), () -> code + " in " + validator.validate(document).problems());
        return found.get(0);
    }

    @Test
    void aCleanDocumentHasNoProblems() {
        WorkflowDocument document = document(List.of(noop("a"), noop("b"), noop("c"), noop("d")),
                List.of(edge("a", "g"), edge("g", "d")), List.of(WorkflowGroup.of("g", List.of("b", "c"))));
        assertEquals(List.of(), validator.validate(document).problems());
    }

    @Test
    void blankAndDuplicateIds() {
        WorkflowDocument document = document(List.of(noop("a"), noop(" "), noop("b")), List.of(edge("a", "b")),
                List.of(WorkflowGroup.of("b", List.of("a"))));
        ValidationProblem blank = only(document, ProblemCode.BLANK_ID);
        assertEquals("nodes[1] has a blank id", blank.message());
        ValidationProblem duplicate = only(document, ProblemCode.DUPLICATE_ID);
        assertEquals("b", duplicate.nodeId());
        assertEquals("id 'b' is used by 2 nodes or groups", duplicate.message());
        assertEquals(Severity.ERROR, duplicate.severity());
    }

    @Test
    void unknownReferencesFromEdgesMembersCriticalIdsTargetsAndStart() {
        WorkflowDocument document = new WorkflowDocument(1, "refs", "gone", List.of(noop("a"),
                node("b", "branch", Map.of("condition", "true", "ifFalse", "nowhere"))),
                List.of(edge("a", "missing")),
                List.of(WorkflowGroup.of("g", List.of("a", "phantom"), GroupPolicySpec.critical(List.of("a", "ghost")))),
                Map.of());
        List<ValidationProblem> problems = validator.validate(document).withCode(ProblemCode.UNKNOWN_REFERENCE);
        assertEquals(List.of(
                "edge a -> missing: 'missing' does not exist",
                "group 'g': member 'phantom' does not exist",
                "group 'g': critical id 'ghost' does not exist",
                "node 'b': field 'ifFalse' names 'nowhere', which does not exist",
                "start 'gone' does not exist"), problems.stream().map(ValidationProblem::message).toList());
        assertEquals("a", problems.get(0).nodeId());
        assertEquals("ifFalse", problems.get(3).field());
        assertEquals("b", problems.get(3).nodeId());
    }

    @Test
    void unknownKindListsTheKnownOnes() {
        ValidationProblem problem = only(document(List.of(node("a", "python", Map.of())), List.of(), List.of()),
                ProblemCode.UNKNOWN_KIND);
        assertEquals("node 'a': unknown kind 'python'", problem.message());
        assertTrue(problem.hint().startsWith("Use one of [echo, expr, branch"), problem.hint());
    }

    @Test
    void invalidConfigNamesTheFieldAndUnknownFieldsAreWarnings() {
        WorkflowDocument document = document(List.of(node("nap", "sleep", Map.of("millis", "soon", "typo", 1))),
                List.of(), List.of());
        List<ValidationProblem> problems = validator.validate(document).withCode(ProblemCode.INVALID_CONFIG);
        assertEquals(2, problems.size());
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertEquals("millis", problems.get(0).field());
        assertEquals("node 'nap' (sleep): field 'millis' must be a whole number, was string", problems.get(0).message());
        assertEquals(Severity.WARNING, problems.get(1).severity());
        assertEquals("typo", problems.get(1).field());
    }

    @Test
    void invalidOptions() {
        WorkflowNode node = noop("a").withMaxRetries(-1).withMaxCycles(0).withRetryBackoff(RetryBackoff.of(-5, 0.5, 10, false));
        List<ValidationProblem> problems = validator.validate(document(List.of(node), List.of(), List.of()))
                .withCode(ProblemCode.INVALID_OPTIONS);
        assertEquals(List.of(
                "node 'a': maxRetries must be >= 0, was -1",
                "node 'a': maxCycles must be >= 1, was 0",
                "node 'a': retryBackoff initialMillis and maxMillis must be >= 0, were -5 and 10",
                "node 'a': retryBackoff factor must be >= 1, was 0.5"),
                problems.stream().map(ValidationProblem::message).toList());
        ValidationProblem useless = only(document(List.of(noop("b").withRetryBackoff(RetryBackoff.DEFAULTS)),
                List.of(), List.of()), ProblemCode.INVALID_OPTIONS);
        assertEquals(Severity.WARNING, useless.severity());
        assertEquals("node 'b': retryBackoff has no effect without maxRetries", useless.message());
    }

    @Test
    void invalidGroups() {
        WorkflowDocument document = document(List.of(noop("s"), noop("a"), noop("b")), List.of(edge("s", "g1")),
                List.of(WorkflowGroup.of("g1", List.of("a", "a", "g2"), GroupPolicySpec.atLeast(3)),
                        WorkflowGroup.of("g2", List.of("g1")),
                        WorkflowGroup.of("g3", List.of()),
                        WorkflowGroup.of("g4", List.of("a"), GroupPolicySpec.critical(List.of("b"))),
                        WorkflowGroup.of("g5", List.of("b"), new GroupPolicySpec("fastest", null, null, Map.of())),
                        WorkflowGroup.of("g6", List.of("b"), GroupPolicySpec.critical(List.of())),
                        WorkflowGroup.of("g7", List.of("b"), new GroupPolicySpec("at_least_n", null, null, Map.of()))));
        List<String> messages = validator.validate(document).withCode(ProblemCode.INVALID_GROUP).stream()
                .map(ValidationProblem::message).toList();
        assertEquals(List.of(
                "group 'g1': member 'a' is listed twice",
                "group 'g1': contains itself (directly or through nested groups)",
                "group 'g1': policy at_least_n: n must be between 1 and the number of members (2), was 3",
                "group 'g2': contains itself (directly or through nested groups)",
                "group 'g3': has no members",
                "group 'g4': policy critical: critical 'b' is not a member",
                "group 'g5': unknown policy type 'fastest'",
                "group 'g6': policy critical: no critical ids",
                "group 'g7': policy at_least_n: missing 'n'"), messages);
    }

    @Test
    void startNodeProblems() {
        assertEquals("the workflow has no nodes", only(WorkflowDocument.empty("e"), ProblemCode.NO_START).message());
        WorkflowDocument cycle = document(List.of(noop("a"), noop("b")), List.of(edge("a", "b"), edge("b", "a")), List.of());
        assertEquals("every node has a predecessor, so none can start the workflow", only(cycle, ProblemCode.NO_START).message());
        WorkflowDocument twoRoots = document(List.of(noop("a"), noop("b"), noop("c")),
                List.of(edge("a", "c"), edge("b", "c")), List.of());
        ValidationProblem ambiguous = only(twoRoots, ProblemCode.AMBIGUOUS_START);
        assertEquals("several nodes have no predecessor and could start the workflow: [a, b]", ambiguous.message());
        assertEquals("Set 'start' to one of [a, b], or connect the others.", ambiguous.hint());
        assertFalse(validator.validate(twoRoots.withStart("a")).hasErrors());
    }

    @Test
    void unreachableNodesAreWarnings() {
        WorkflowDocument document = document(List.of(noop("a"), noop("b"), noop("c"), noop("m")),
                List.of(edge("a", "b"), edge("c", "b")), List.of(WorkflowGroup.of("g", List.of("m")))).withStart("a");
        List<ValidationProblem> problems = validator.validate(document).withCode(ProblemCode.UNREACHABLE_NODE);
        assertEquals(List.of("c", "m", "g"), problems.stream().map(ValidationProblem::nodeId).toList());
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertEquals("'c' cannot be reached from the start 'a', so it never runs", problems.get(0).message());
    }

    @Test
    void branchTargetsAndGroupMembersAreReachable() {
        WorkflowDocument document = document(List.of(node("a", "branch", Map.of("condition", "true", "ifTrue", "t")),
                noop("t"), noop("m")), List.of(edge("t", "g")), List.of(WorkflowGroup.of("g", List.of("m"))));
        assertEquals(List.of(), validator.validate(document).problems());
    }

    @Test
    void severalIncomingEdgesWarnButAGroupJoinDoesNot() {
        WorkflowDocument diamond = document(List.of(noop("a"), noop("b"), noop("c"), noop("d")),
                List.of(edge("a", "b"), edge("a", "c"), edge("b", "d"), edge("c", "d")), List.of());
        ValidationProblem problem = only(diamond, ProblemCode.MULTIPLE_INCOMING);
        assertEquals("d", problem.nodeId());
        assertEquals("'d' has 2 incoming edges (from b, c): it will run once per predecessor", problem.message());
        WorkflowDocument joined = document(List.of(noop("a"), noop("b"), noop("c"), noop("d")),
                List.of(edge("a", "g"), edge("g", "d")), List.of(WorkflowGroup.of("g", List.of("b", "c"))));
        assertEquals(List.of(), codes(joined));
    }

    @Test
    void anEdgeBackFromTheNodesOwnCycleIsNotAJoin() {
        WorkflowDocument loop = document(List.of(noop("s"), noop("a").withMaxCycles(3), noop("b")),
                List.of(edge("s", "a"), edge("a", "b"), edge("b", "a")), List.of());
        assertEquals(List.of(), codes(loop));
        WorkflowDocument joinInLoop = document(List.of(noop("s"), noop("t"), noop("a").withMaxCycles(3), noop("b")),
                List.of(edge("s", "t"), edge("s", "a"), edge("t", "a"), edge("a", "b"), edge("b", "a")), List.of());
        assertEquals("'a' has 2 incoming edges (from s, t): it will run once per predecessor",
                only(joinInLoop, ProblemCode.MULTIPLE_INCOMING).message());
    }

    @Test
    void cyclesWithoutAnEndWarn() {
        WorkflowDocument spin = document(List.of(noop("s"), noop("a"), noop("b")),
                List.of(edge("s", "a"), edge("a", "b"), edge("b", "a")), List.of());
        ValidationProblem problem = only(spin, ProblemCode.UNBOUNDED_CYCLE);
        assertEquals("a", problem.nodeId());
        assertEquals("nodes a, b form a cycle that nothing ends: it runs until the run's step limit", problem.message());
        WorkflowDocument self = document(List.of(noop("s"), noop("a")), List.of(edge("s", "a"), edge("a", "a")), List.of());
        assertEquals("'a' leads back to itself that nothing ends: it runs until the run's step limit",
                only(self, ProblemCode.UNBOUNDED_CYCLE).message());
    }

    @Test
    void cyclesEndedByABranchATerminateOrMaxCyclesDoNotWarn() {
        List<WorkflowEdge> edges = List.of(edge("s", "a"), edge("a", "b"), edge("b", "a"));
        WorkflowDocument withMaxCycles = document(List.of(noop("s"), noop("a").withMaxCycles(3), noop("b")), edges, List.of());
        assertEquals(List.of(), codes(withMaxCycles));
        WorkflowDocument withTerminate = document(List.of(noop("s"), node("a", "terminate", Map.of()), noop("b")), edges, List.of());
        assertEquals(List.of(), codes(withTerminate));
        WorkflowDocument branchLoop = document(List.of(noop("s"), noop("a"),
                node("b", "branch", Map.of("condition", "false", "ifTrue", "a", "ifFalse", "out")), noop("out")),
                List.of(edge("s", "a"), edge("a", "b")), List.of());
        assertEquals(List.of(), codes(branchLoop));
        WorkflowDocument branchWithoutTargets = document(List.of(noop("s"), noop("a"),
                node("b", "branch", Map.of("condition", "true"))), edges, List.of());
        assertEquals(List.of(ProblemCode.UNBOUNDED_CYCLE), codes(branchWithoutTargets));
    }

    @Test
    void duplicateEdgesAndLoopSuccessorsWarn() {
        WorkflowDocument document = document(List.of(node("l", "loop", Map.of("count", 2)), noop("b")),
                List.of(edge("l", "b"), edge("l", "b")), List.of());
        assertEquals(List.of(ProblemCode.DUPLICATE_EDGE, ProblemCode.LOOP_SUCCESSORS), codes(document));
        assertEquals("edge l -> b is listed 2 times; it counts once", only(document, ProblemCode.DUPLICATE_EDGE).message());
    }

    @Test
    void problemsComeInADeterministicOrderErrorsFirst() {
        WorkflowDocument document = Runs.document("many-problems.flow.json");
        ValidationReport report = validator.validate(document);
        assertEquals(report, validator.validate(Runs.document("many-problems.flow.json")));
        assertEquals(List.of(
                ProblemCode.BLANK_ID, ProblemCode.DUPLICATE_ID, ProblemCode.UNKNOWN_REFERENCE,
                ProblemCode.UNKNOWN_REFERENCE, ProblemCode.UNKNOWN_REFERENCE, ProblemCode.UNKNOWN_REFERENCE,
                ProblemCode.UNKNOWN_KIND, ProblemCode.INVALID_CONFIG,
                ProblemCode.INVALID_OPTIONS, ProblemCode.INVALID_OPTIONS, ProblemCode.INVALID_GROUP,
                ProblemCode.INVALID_GROUP, ProblemCode.INVALID_GROUP, ProblemCode.INVALID_GROUP,
                ProblemCode.INVALID_CONFIG,
                ProblemCode.UNREACHABLE_NODE, ProblemCode.UNREACHABLE_NODE, ProblemCode.UNREACHABLE_NODE,
                ProblemCode.UNREACHABLE_NODE, ProblemCode.UNREACHABLE_NODE, ProblemCode.UNREACHABLE_NODE,
                ProblemCode.UNREACHABLE_NODE, ProblemCode.UNREACHABLE_NODE, ProblemCode.MULTIPLE_INCOMING,
                ProblemCode.DUPLICATE_EDGE, ProblemCode.LOOP_SUCCESSORS, ProblemCode.UNBOUNDED_CYCLE),
                report.problems().stream().map(ValidationProblem::code).toList(),
                () -> String.join("\n", report.problems().stream().map(ValidationProblem::toString).toList()));
    }
}
