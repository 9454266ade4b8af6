package io.github.graflowstudio.document.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final WorkflowDocument empty = WorkflowDocument.empty("test");

    @Test
    void undoAndRedoRestoreExactDocumentsWithDescriptions() {
        CommandStack stack = new CommandStack(empty);
        stack.execute(EditCommands.addNode(WorkflowNode.of("a", "echo", Map.of(), 0, 0)));
        stack.execute(EditCommands.addNode(WorkflowNode.of("b", "echo", Map.of(), 200, 0)));
        stack.execute(EditCommands.moveNodes(Map.of("a", new double[] {10, 20}, "b", new double[] {210, 20})));
        assertEquals(Optional.of("Move 2 tasks"), stack.undoDescription());
        WorkflowDocument moved = stack.document();
        assertTrue(stack.undo());
        assertEquals(0, stack.document().node("a").orElseThrow().x());
        assertEquals(Optional.of("Move 2 tasks"), stack.redoDescription());
        assertTrue(stack.redo());
        assertEquals(moved, stack.document());
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(empty, stack.document());
        assertFalse(stack.undo());
    }

    @Test
    void aNewCommandClearsRedo() {
        CommandStack stack = new CommandStack(empty);
        stack.execute(EditCommands.addNode(WorkflowNode.of("a", "echo", Map.of())));
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(EditCommands.addNode(WorkflowNode.of("b", "echo", Map.of())));
        assertFalse(stack.canRedo());
    }

    @Test
    void noOpCommandsAreNotRecorded() {
        CommandStack stack = new CommandStack(empty);
        stack.execute(EditCommands.addNode(WorkflowNode.of("a", "echo", Map.of(), 5, 5)));
        assertFalse(stack.execute(EditCommands.moveNodes(Map.of("a", new double[] {5, 5}))));
        assertEquals(1, stack.undoSize());
    }

    @Test
    void failedCommandLeavesTheDocumentAlone() {
        CommandStack stack = new CommandStack(empty);
        stack.execute(EditCommands.addNode(WorkflowNode.of("a", "echo", Map.of())));
        WorkflowDocument before = stack.document();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> stack.execute(EditCommands.connect("a", "a")));
        assertTrue(error.getMessage().contains("cannot follow itself"));
        assertEquals(before, stack.document());
        assertEquals(1, stack.undoSize());
    }

    @Test
    void dirtyMarkerFollowsSaveUndoAndRedo() {
        CommandStack stack = new CommandStack(empty);
        assertFalse(stack.isDirty());
        stack.execute(EditCommands.addNode(WorkflowNode.of("a", "echo", Map.of())));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty());
        stack.redo();
        assertFalse(stack.isDirty());
        stack.undo();
        stack.execute(EditCommands.addNode(WorkflowNode.of("b", "echo", Map.of())));
        assertTrue(stack.isDirty(), "the saved state can no longer be reached");
    }

    @Test
    void listenersMayNotEditWhileNotified() {
        CommandStack stack = new CommandStack(empty);
        List<String> seen = new ArrayList<>();
        stack.addListener(change -> {
            seen.add(change.description());
            assertThrows(IllegalStateException.class, stack::undo);
        });
        stack.execute(EditCommands.addNode(WorkflowNode.of("a", "echo", Map.of())));
        stack.undo();
        assertEquals(List.of("Add a", "Undo Add a"), seen);
    }

    @Test
    void historyIsCapped() {
        CommandStack stack = new CommandStack(empty, 3);
        for (int i = 0; i < 5; i++) {
            stack.execute(EditCommands.addNode(WorkflowNode.of("n" + i, "echo", Map.of())));
        }
        assertEquals(3, stack.undoSize());
        while (stack.undo()) {
            // undo everything that is kept
        }
        assertEquals(List.of("n0", "n1"), stack.document().nodes().stream().map(WorkflowNode::id).toList());
    }

    @Test
    void pasteMakesIdsUniqueAndKeepsInternalEdges() {
        WorkflowDocument document = empty.withNode(WorkflowNode.of("a", "echo", Map.of(), 0, 0))
                .withNode(WorkflowNode.of("b", "echo", Map.of(), 200, 0)).withEdge("a", "b");
        WorkflowDocument fragment = Fragments.extract(document, Set.of("a", "b"));
        Fragments.Renamed renamed = Fragments.prepareForPaste(fragment, document, 30, 30);
        CommandStack stack = new CommandStack(document);
        stack.execute(EditCommands.paste(renamed.fragment()));
        assertEquals(List.of("a", "b", "a_2", "b_2"), stack.document().ids());
        assertTrue(stack.document().hasEdge("a_2", "b_2"));
        assertEquals(30, stack.document().node("a_2").orElseThrow().x());
        assertEquals(Optional.of("Paste 2 tasks"), stack.undoDescription());
    }
}
