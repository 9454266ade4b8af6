package io.github.graflowstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.edit.EditCommands;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, dirty marker, close confirmation, autosave and recovery, without a display. */
class WorkspaceViewModelTest {
    @TempDir
    Path folder;
    private final Preferences preferences = Preferences.userRoot().node("graflow-studio-test/" + UUID.randomUUID());
    private final FakeDialogs dialogs = new FakeDialogs();

    @AfterEach
    void clean() throws Exception {
        preferences.removeNode();
    }

    private WorkspaceViewModel workspace(WorkflowDocument document) {
        EditorViewModel editor = new EditorViewModel(document);
        return new WorkspaceViewModel(editor, dialogs, new RecentFiles(preferences, "recent"), folder.resolve("recovery"));
    }

    private static WorkflowDocument sample() {
        return WorkflowDocument.of("sample", List.of(WorkflowNode.of("a", "echo", Map.of("value", 1))), List.of(), List.of());
    }

    @Test
    void titleShowsTheDirtyMarkerUntilSaved() {
        WorkspaceViewModel workspace = workspace(sample());
        assertEquals("sample — Graflow Studio", workspace.titleBinding().get());
        workspace.editor().execute(EditCommands.addNode(WorkflowNode.of("b", "echo", Map.of())));
        assertEquals("• sample — Graflow Studio", workspace.titleBinding().get());
        dialogs.filesToSave.add(folder.resolve("named"));
        assertTrue(workspace.save());
        assertEquals("named.flow.json — Graflow Studio", workspace.titleBinding().get());
        assertTrue(Files.exists(folder.resolve("named.flow.json")), "the suffix is added");
    }

    @Test
    void aBrokenFileShowsFileLineAndColumnAndKeepsTheOpenDocument() throws Exception {
        WorkspaceViewModel workspace = workspace(sample());
        workspace.editor().execute(EditCommands.addNode(WorkflowNode.of("unsaved", "echo", Map.of())));
        Path broken = folder.resolve("broken.flow.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"nodes\": [\n    {\"id\": }\n  ]\n}\n");
        assertFalse(workspace.open(broken));
        assertTrue(dialogs.errors.get(0).contains("broken.flow.json:5:"), dialogs.errors.toString());
        assertTrue(workspace.editor().document().hasId("unsaved"), "the user's work is untouched");
    }

    @Test
    void closingWithUnsavedWorkAsksAndCancelKeepsTheWindow() {
        WorkspaceViewModel workspace = workspace(sample());
        assertTrue(workspace.confirmClose(), "nothing to save");
        workspace.editor().execute(EditCommands.addNode(WorkflowNode.of("b", "echo", Map.of())));
        dialogs.unsavedAnswers.add(Optional.empty());
        assertFalse(workspace.confirmClose());
        dialogs.unsavedAnswers.add(Optional.of(true));
        dialogs.filesToSave.add(folder.resolve("kept.flow.json"));
        assertTrue(workspace.confirmClose());
        assertTrue(Files.exists(folder.resolve("kept.flow.json")));
    }

    @Test
    void autosaveThenRecoveryRestoresUnsavedWorkAndUndoGoesBackToTheSavedFile() throws Exception {
        Path file = folder.resolve("work.flow.json");
        new DocumentCodec().write(sample(), file);
        WorkspaceViewModel crashed = workspace(WorkflowDocument.empty("x"));
        assertTrue(crashed.open(file));
        assertFalse(crashed.autosave(), "nothing unsaved yet");
        crashed.editor().execute(EditCommands.addNode(WorkflowNode.of("late", "echo", Map.of())));
        assertTrue(crashed.autosave());
        // the process dies here: no close, no save

        WorkspaceViewModel next = workspace(WorkflowDocument.empty("fresh"));
        assertTrue(next.hasRecovery());
        dialogs.confirmAnswers.add(true);
        assertTrue(next.offerRecovery());
        assertTrue(next.editor().document().hasId("late"));
        assertTrue(next.editor().dirtyProperty().get());
        assertEquals(file.toAbsolutePath(), next.fileProperty().get());
        next.editor().undo();
        assertEquals(sample(), next.editor().document());
        next.editor().redo();
        dialogs.filesToSave.clear();
        assertTrue(next.save());
        assertFalse(next.hasRecovery(), "saving removes the recovery file");
    }

    @Test
    void declinedRecoveryIsDiscarded() {
        WorkspaceViewModel crashed = workspace(sample());
        crashed.editor().execute(EditCommands.addNode(WorkflowNode.of("b", "echo", Map.of())));
        crashed.autosave();
        WorkspaceViewModel next = workspace(sample());
        dialogs.confirmAnswers.add(false);
        assertFalse(next.offerRecovery());
        assertFalse(next.hasRecovery());
        assertNull(next.fileProperty().get());
    }

    @Test
    void recentFilesKeepTheNewestFirstAndSurviveARestart() throws Exception {
        Path one = folder.resolve("one.flow.json");
        Path two = folder.resolve("two.flow.json");
        new DocumentCodec().write(sample(), one);
        new DocumentCodec().write(sample(), two);
        WorkspaceViewModel workspace = workspace(sample());
        workspace.open(one);
        workspace.open(two);
        workspace.open(one);
        assertEquals(List.of(one.toAbsolutePath(), two.toAbsolutePath()), List.copyOf(workspace.recent().files()));
        RecentFiles again = new RecentFiles(preferences, "recent");
        assertEquals(List.of(one.toAbsolutePath(), two.toAbsolutePath()), List.copyOf(again.files()));
    }
}
