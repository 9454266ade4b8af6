package io.github.graflowstudio.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Modified copies of the document model, and references that follow renames. */
class WorkflowDocumentTest {

    private static WorkflowDocument sample() {
        return new WorkflowDocument(WorkflowDocument.FORMAT_VERSION, "flow", "a",
                List.of(WorkflowNode.of("a", "noop", Map.of()),
                        WorkflowNode.of("b", "branch", Map.of("condition", "true", "ifTrue", "c", "ifFalse", "b")),
                        WorkflowNode.of("c", "loop", Map.of("count", 2, "then", "d")),
                        WorkflowNode.of("d", "echo", Map.of("value", "d"))),
                List.of(WorkflowEdge.of("a", "g"), WorkflowEdge.of("g", "b")),
                List.of(WorkflowGroup.of("g", List.of("c", "d"), GroupPolicySpec.critical(List.of("c", "d")))),
                Map.of());
    }

    @Test
    void renameFollowsEveryReference() {
        WorkflowDocument renamed = sample().renameNode("c", "counter").renameNode("a", "alpha").renameNode("d", "done");
        assertEquals(List.of("alpha", "b", "counter", "done", "g"), renamed.ids());
        assertEquals("alpha", renamed.start());
        assertEquals(List.of(WorkflowEdge.of("alpha", "g"), WorkflowEdge.of("g", "b")), renamed.edges());
        WorkflowGroup group = renamed.group("g").orElseThrow();
        assertEquals(List.of("counter", "done"), group.members());
        assertEquals(List.of("counter", "done"), group.policy().critical());
        assertEquals("counter", renamed.node("b").orElseThrow().config().get("ifTrue"));
        assertEquals("b", renamed.node("b").orElseThrow().config().get("ifFalse"));
        assertEquals("done", renamed.node("counter").orElseThrow().config().get("then"));
        assertEquals("d", renamed.node("done").orElseThrow().config().get("value"), "non-id fields are left alone");
    }

    @Test
    void renameAGroupMovesItsEdges() {
        WorkflowDocument renamed = sample().renameNode("g", "fan");
        assertEquals(List.of(WorkflowEdge.of("a", "fan"), WorkflowEdge.of("fan", "b")), renamed.edges());
        assertTrue(renamed.group("fan").isPresent());
    }

    @Test
    void renameRefusesMissingBlankAndTakenIds() {
        WorkflowDocument document = sample();
        assertThrows(IllegalArgumentException.class, () -> document.renameNode("zz", "y"));
        assertThrows(IllegalArgumentException.class, () -> document.renameNode("a", " "));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> document.renameNode("a", "g"));
        assertEquals("Cannot rename 'a' to 'g': the id is already used", taken.getMessage());
        assertSame(document, document.renameNode("a", "a"));
    }

    @Test
    void withoutNodeRemovesItsEdgesMembershipsAndStart() {
        WorkflowDocument removed = sample().withoutNode("a").withoutNode("c");
        assertEquals(List.of("b", "d", "g"), removed.ids());
        assertNull(removed.start());
        assertEquals(List.of(WorkflowEdge.of("g", "b")), removed.edges());
        assertEquals(List.of("d"), removed.group("g").orElseThrow().members());
        assertEquals(List.of("d"), removed.group("g").orElseThrow().policy().critical());
        assertEquals("c", removed.node("b").orElseThrow().config().get("ifTrue"), "config targets are left for the validator");
    }

    @Test
    void withoutGroupRemovesItsEdgesButKeepsMembers() {
        WorkflowDocument removed = sample().withoutGroup("g");
        assertEquals(List.of("a", "b", "c", "d"), removed.ids());
        assertEquals(List.of(), removed.edges());
    }

    @Test
    void withNodeReplacesInPlaceOrAppends() {
        WorkflowDocument document = sample();
        WorkflowDocument replaced = document.withNode(WorkflowNode.of("b", "noop", Map.of(), 5, 6));
        assertEquals(List.of("a", "b", "c", "d", "g"), replaced.ids());
        assertEquals("noop", replaced.node("b").orElseThrow().kind());
        WorkflowDocument appended = document.withNode(WorkflowNode.of("e", "noop", Map.of()));
        assertEquals("e", appended.nodes().get(4).id());
        assertEquals(4, document.nodes().size(), "the original is unchanged");
    }

    @Test
    void edgesAreAddedOnceAndRemoved() {
        WorkflowDocument document = sample();
        assertSame(document, document.withEdge("a", "g"));
        WorkflowDocument added = document.withEdge("b", "d");
        assertTrue(added.hasEdge("b", "d"));
        assertEquals(List.of(WorkflowEdge.of("b", "d")), added.outgoing("b"));
        assertEquals(List.of(WorkflowEdge.of("a", "g")), added.withoutEdge("b", "d").withoutEdge("g", "b").edges());
        assertEquals(List.of(WorkflowEdge.of("a", "g")), document.incoming("g"));
    }

    @Test
    void moveAndUpdateNodes() {
        WorkflowDocument moved = sample().moveNode("a", 120, 40.5);
        assertEquals(120, moved.node("a").orElseThrow().x());
        assertEquals(40.5, moved.node("a").orElseThrow().y());
        assertThrows(NoSuchElementException.class, () -> sample().moveNode("nope", 0, 0));
        WorkflowDocument changed = sample().updateNode("d", node -> node.withConfigValue("value", 7).withNote("n")
                .withMaxRetries(2).withRetryBackoff(RetryBackoff.DEFAULTS).withMaxCycles(3));
        WorkflowNode d = changed.node("d").orElseThrow();
        assertEquals(7L, d.config().get("value"));
        assertEquals("n", d.note());
        assertEquals(2, d.maxRetries());
        assertEquals(3, d.maxCycles());
        assertEquals(RetryBackoff.DEFAULTS, d.retryBackoff());
    }

    @Test
    void equalityIsStructuralWithNormalisedNumbers() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("value", List.of(1, 2.5f));
        WorkflowNode fromInts = WorkflowNode.of("a", "echo", config);
        WorkflowNode fromLongs = WorkflowNode.of("a", "echo", Map.of("value", List.of(1L, 2.5)));
        assertEquals(fromInts, fromLongs);
        assertEquals(fromInts.hashCode(), fromLongs.hashCode());
        assertEquals(sample(), sample());
        assertNotEquals(sample(), sample().moveNode("a", 1, 1));
    }

    @Test
    void configsAreDeepFrozenCopies() {
        List<Object> list = new ArrayList<>(List.of(1));
        Map<String, Object> config = new LinkedHashMap<>(Map.of("value", list));
        WorkflowNode node = WorkflowNode.of("a", "echo", config);
        list.add(2);
        config.put("other", 3);
        assertEquals(Map.of("value", List.of(1L)), node.config());
        assertThrows(UnsupportedOperationException.class, () -> node.config().put("x", 1));
        @SuppressWarnings("unchecked")
        List<Object> frozen = (List<Object>) node.config().get("value");
        assertThrows(UnsupportedOperationException.class, () -> frozen.add(3));
    }

    @Test
    void modelRefusesNonJsonValuesAndShadowingExtras() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowNode.of("a", "echo", Map.of("value", new Object())));
        assertThrows(IllegalArgumentException.class, () -> WorkflowNode.of("a", "echo", Map.of()).withExtra(Map.of("id", "b")));
        assertThrows(IllegalArgumentException.class, () -> WorkflowNode.of("a", "echo", Map.of(), Double.NaN, 0));
        assertThrows(NullPointerException.class, () -> WorkflowEdge.of(null, "b"));
    }
}
