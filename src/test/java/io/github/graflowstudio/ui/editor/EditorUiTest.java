package io.github.graflowstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.ui.app.StudioFixture;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas editor through its real controls: mouse, keyboard, menus. */
@ExtendWith(ApplicationExtension.class)
class EditorUiTest {
    private final StudioFixture fixture = new StudioFixture();

    static WorkflowDocument threeNodes() {
        return WorkflowDocument.of("ui test", List.of(
                WorkflowNode.of("a", "echo", Map.of("value", 1), 100, 100),
                WorkflowNode.of("b", "echo", Map.of("value", 2), 420, 100),
                WorkflowNode.of("c", "echo", Map.of("value", 3), 100, 300)), List.of(), List.of());
    }

    @Start
    void start(Stage stage) {
        fixture.start(stage, threeNodes());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private EditorViewModel editor() {
        return fixture.shell.editor();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragFromPaletteCreatesANodeWhereItIsDropped(FxRobot robot) {
        Point2D target = fixture.screenOf(new io.github.graflowstudio.ui.editor.geometry.Point(700, 350));
        robot.drag("#kind-expr", MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        WorkflowNode created = editor().document().node("expr_1").orElseThrow();
        assertEquals("expr", created.kind());
        Rect bounds = editor().index().bounds("expr_1");
        assertTrue(bounds.contains(new io.github.graflowstudio.ui.editor.geometry.Point(700, 350)), bounds.toString());
        assertEquals(Set.of("expr_1"), editor().selection());
        shortcut(robot, KeyCode.Z);
        assertTrue(editor().document().node("expr_1").isEmpty());
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(editor().document().node("expr_1").isPresent());
    }

    @Test
    void doubleClickOnAPaletteKindAddsItAtTheCentre(FxRobot robot) {
        robot.doubleClickOn("#kind-sleep");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().document().node("sleep_1").isPresent());
    }

    @Test
    void dragFromOutputPortConnectsTwoNodesAndUndoRemovesTheEdge(FxRobot robot) {
        robot.drag(fixture.outputPortOf("a"), MouseButton.PRIMARY).moveTo(fixture.centreOf("b")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().document().hasEdge("a", "b"));
        assertEquals("Undo Connect a → b", editor().undoTextProperty().get());
        shortcut(robot, KeyCode.Z);
        assertFalse(editor().document().hasEdge("a", "b"));
        shortcut(robot, KeyCode.Y);
        assertTrue(editor().document().hasEdge("a", "b"), "Ctrl+Y redoes too");
    }

    @Test
    void connectingToItselfIsRefusedVisibly(FxRobot robot) {
        robot.drag(fixture.outputPortOf("a"), MouseButton.PRIMARY).moveTo(fixture.centreOf("a")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().document().edges().isEmpty());
    }

    @Test
    void draggingANodeMovesItInOneUndoStep(FxRobot robot) {
        robot.drag(fixture.centreOf("c"), MouseButton.PRIMARY).moveBy(60, 10).moveBy(60, 10).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        WorkflowNode moved = editor().document().node("c").orElseThrow();
        double scale = editor().viewportProperty().get().scale();
        assertEquals(100 + 120 / scale, moved.x(), 2);
        assertEquals(1, editor().commandStack().undoSize());
        assertEquals("Undo Move c", editor().undoTextProperty().get());
        shortcut(robot, KeyCode.Z);
        assertEquals(100, editor().document().node("c").orElseThrow().x());
    }

    @Test
    void rubberBandSelectsEnclosedNodesThenDeleteAndUndo(FxRobot robot) {
        Point2D from = fixture.screenOf(new io.github.graflowstudio.ui.editor.geometry.Point(60, 60));
        Point2D to = fixture.screenOf(new io.github.graflowstudio.ui.editor.geometry.Point(300, 400));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("a", "c"), editor().selection());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("b"), editor().document().ids());
        shortcut(robot, KeyCode.Z);
        assertEquals(List.of("a", "b", "c"), editor().document().ids());
    }

    @Test
    void clickSelectsShiftClickAddsSelectAllTakesEverything(FxRobot robot) {
        robot.clickOn(fixture.centreOf("a"));
        assertEquals(Set.of("a"), editor().selection());
        robot.press(KeyCode.SHIFT).clickOn(fixture.centreOf("b")).release(KeyCode.SHIFT);
        assertEquals(Set.of("a", "b"), editor().selection());
        shortcut(robot, KeyCode.A);
        assertEquals(Set.of("a", "b", "c"), editor().selection());
    }

    @Test
    void copyPasteMakesUniqueIdsAndGroupThenUngroup(FxRobot robot) {
        robot.clickOn(fixture.centreOf("a"));
        shortcut(robot, KeyCode.C);
        shortcut(robot, KeyCode.V);
        assertTrue(editor().document().node("a_2").isPresent());
        assertEquals(Set.of("a_2"), editor().selection());
        shortcut(robot, KeyCode.D);
        assertTrue(editor().document().node("a_3").isPresent());

        robot.clickOn(fixture.centreOf("a"));
        robot.press(KeyCode.SHIFT).clickOn(fixture.centreOf("b")).release(KeyCode.SHIFT);
        shortcut(robot, KeyCode.G);
        assertEquals(List.of("a", "b"), editor().document().group("group_1").orElseThrow().members());
        assertEquals("Undo Group 2 tasks", editor().undoTextProperty().get());
        assertEquals(Set.of("group_1"), editor().selection());
        shortcut(robot, KeyCode.SHIFT, KeyCode.G);
        assertTrue(editor().document().groups().isEmpty());
    }

    @Test
    void renameInThePropertiesPanelUpdatesEveryReference(FxRobot robot) {
        robot.interact(() -> {
            editor().connect("a", "b");
            editor().select("a", false);
        });
        TextField id = robot.lookup("#propId").queryAs(TextField.class);
        robot.doubleClickOn(id);
        robot.interact(() -> id.setText(""));
        robot.clickOn(id).write("source").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().document().node("source").isPresent());
        assertTrue(editor().document().hasEdge("source", "b"));
        assertEquals("Undo Rename a to source", editor().undoTextProperty().get());
    }

    @Test
    void invalidConfigTextShowsAnInlineError(FxRobot robot) {
        robot.interact(() -> editor().addNode("sleep", new io.github.graflowstudio.ui.editor.geometry.Point(700, 300)));
        TextField millis = robot.lookup("#field-millis").queryAs(TextField.class);
        robot.interact(() -> millis.setText(""));
        robot.clickOn(millis).write("soon").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".problem-error").queryAll().stream()
                .anyMatch(node -> node.isVisible() && node instanceof javafx.scene.control.Label label
                        && label.getText().contains("whole number")));
    }

    @Test
    void findJumpsToAndSelectsANode(FxRobot robot) {
        robot.clickOn(fixture.canvas());
        shortcut(robot, KeyCode.F);
        robot.write("c");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("c"), editor().selection());
        Rect visible = editor().viewportProperty().get().visibleWorld();
        assertTrue(visible.contains(editor().index().bounds("c").center()));
    }

    @Test
    void zoomToFitShowsEveryNode(FxRobot robot) {
        robot.interact(() -> editor().execute(io.github.graflowstudio.document.edit.EditCommands.addNode(
                WorkflowNode.of("far", "echo", Map.of("value", 0), 5000, 3000))));
        robot.clickOn(fixture.canvas());
        shortcut(robot, KeyCode.DIGIT0);
        Rect visible = editor().viewportProperty().get().visibleWorld();
        assertTrue(visible.contains(editor().index().extent()), visible + " vs " + editor().index().extent());
        shortcut(robot, KeyCode.DIGIT1);
        assertEquals(1.0, editor().viewportProperty().get().scale(), 1e-9);
    }

    @Test
    void wheelZoomsAroundThePointer(FxRobot robot) {
        Point2D over = fixture.centreOf("b");
        robot.moveTo(over);
        double before = editor().viewportProperty().get().scale();
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().viewportProperty().get().scale() != before);
        Point2D after = fixture.centreOf("b");
        assertEquals(over.getX(), after.getX(), 2.0);
    }

    @Test
    void saveAndReopenGiveTheSameDocument(FxRobot robot) throws Exception {
        Path file = fixture.folder.resolve("saved.flow.json");
        robot.interact(() -> editor().connect("a", "b"));
        fixture.dialogs.filesToSave.add(file);
        shortcut(robot, KeyCode.S);
        assertFalse(editor().dirtyProperty().get());
        assertTrue(fixture.shell.stage().getTitle().startsWith("saved.flow.json"));
        WorkflowDocument saved = editor().document();
        robot.interact(() -> editor().deleteSelection());
        robot.interact(() -> editor().execute(io.github.graflowstudio.document.edit.EditCommands.moveNodes(
                Map.of("a", new double[] {0, 0}))));
        assertTrue(fixture.shell.stage().getTitle().startsWith("• "));
        fixture.dialogs.unsavedAnswers.add(java.util.Optional.of(false));
        fixture.dialogs.filesToOpen.add(file);
        shortcut(robot, KeyCode.O);
        assertEquals(saved, editor().document());
        assertEquals(saved, new DocumentCodec().read(file));
        assertEquals(file.toAbsolutePath(), fixture.shell.workspace().recent().files().get(0));
    }

    @Test
    void autoLayoutRunsInTheBackgroundAndIsOneUndoStep(FxRobot robot) throws Exception {
        robot.interact(() -> {
            editor().connect("a", "b");
            editor().connect("b", "c");
        });
        WorkflowDocument before = editor().document();
        robot.clickOn("#toolLayout");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !fixture.shell.window().layout().runningProperty().get()
                        && editor().undoTextProperty().get().equals("Undo Auto layout"));
        WorkflowDocument after = editor().document();
        double ax = after.node("a").orElseThrow().x();
        double bx = after.node("b").orElseThrow().x();
        double cx = after.node("c").orElseThrow().x();
        assertTrue(ax < bx && bx < cx, "left to right: " + ax + " " + bx + " " + cx);
        shortcut(robot, KeyCode.Z);
        assertEquals(before, editor().document());
    }

    @Test
    void clickingTheMinimapMovesTheView(FxRobot robot) {
        MinimapView minimap = robot.lookup("#minimap").queryAs(MinimapView.class);
        Point2D corner = minimap.localToScreen(190, 120);
        io.github.graflowstudio.ui.editor.geometry.Point expected = minimap.toWorld(190, 120);
        robot.clickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();
        Rect visible = editor().viewportProperty().get().visibleWorld();
        assertEquals(expected.x(), visible.center().x(), 40);
        assertEquals(expected.y(), visible.center().y(), 40);
    }

    @Test
    void exportMenuWritesMermaid(FxRobot robot) throws Exception {
        Path out = fixture.folder.resolve("diagram.mmd");
        fixture.dialogs.filesToSave.add(out);
        robot.clickOn("File").clickOn("#menuExport").clickOn("Mermaid…");
        WaitForAsyncUtils.waitForFxEvents();
        String text = java.nio.file.Files.readString(out);
        assertTrue(text.contains("graph") && text.contains("a"), text);
    }

    @Test
    void clickingAnEdgeSelectsItAndDeleteRemovesOnlyTheEdge(FxRobot robot) {
        robot.interact(() -> editor().connect("a", "b"));
        io.github.graflowstudio.ui.editor.geometry.Point middle = editor().index().route(0).midpoint();
        robot.clickOn(fixture.screenOf(middle));
        assertEquals(io.github.graflowstudio.document.WorkflowEdge.of("a", "b"), editor().selectedEdgeProperty().get());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor().document().hasEdge("a", "b"));
        assertEquals(List.of("a", "b", "c"), editor().document().ids());
    }

    @Test
    void droppedWorkflowFileOpensAndOtherFilesAreRefused(FxRobot robot) throws Exception {
        Path file = fixture.folder.resolve("dropped.flow.json");
        WorkflowDocument other = WorkflowDocument.of("dropped", List.of(WorkflowNode.of("x", "noop", Map.of())),
                List.of(), List.of());
        new DocumentCodec().write(other, file);
        robot.interact(() -> assertTrue(fixture.shell.openDropped(file)));
        assertEquals(other, editor().document());
        robot.interact(() -> assertFalse(fixture.shell.openDropped(fixture.folder.resolve("notes.txt"))));
        assertTrue(editor().messageProperty().get().contains("Not a workflow file"));
    }
}
