package io.github.graflowstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.bench.GridWorkflow;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Painting the run looks ahead, off screen: every look, and nothing on screen changes. */
@ExtendWith(ApplicationExtension.class)
class RunLooksAheadTest {
    private EditorViewModel model;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        model = new EditorViewModel(GridWorkflow.of(60));
        canvas = new GraphCanvas(model);
        stage.setScene(new Scene(canvas, 700, 500));
        stage.show();
    }

    private int[] pixels() {
        return NodePixels.of(canvas);
    }

    @Test
    void paintsEveryFrameOffScreenAndLeavesTheCanvasAsItWas(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        CanvasDecorations before = model.decorationsProperty().get();
        int[][] shown = new int[1][];
        robot.interact(() -> shown[0] = pixels());
        RunLooksAhead[] ahead = new RunLooksAhead[1];
        robot.interact(() -> {
            ahead[0] = new RunLooksAhead(model, canvas.style);
            ahead[0].start();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ahead[0].doneProperty().get());
        assertEquals(RunLooksAhead.FRAMES, ahead[0].painted());
        assertSame(before, model.decorationsProperty().get(), "the canvas's decorations are not touched");
        int[][] after = new int[1][];
        robot.interact(() -> after[0] = pixels());
        assertArrayEquals(shown[0], after[0], "nothing on screen changed");
    }

    @Test
    void stopsAsSoonAsARunShowsStates(FxRobot robot) throws Exception {
        RunLooksAhead[] ahead = new RunLooksAhead[1];
        robot.interact(() -> {
            ahead[0] = new RunLooksAhead(model, canvas.style);
            ahead[0].start();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ahead[0].painted() >= 2);
        int[] paintedWhenTheRunShowed = new int[1];
        robot.interact(() -> {
            model.decorationsProperty().set(model.decorationsProperty().get().withRun(
                    Map.of("n0", NodeRunState.RUNNING), Map.of(), Map.of()));
            paintedWhenTheRunShowed[0] = ahead[0].painted();
            assertTrue(ahead[0].doneProperty().get(), "stopped as the run's states were shown");
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int[] paintedLater = new int[1];
        robot.interact(() -> paintedLater[0] = ahead[0].painted());
        assertEquals(paintedWhenTheRunShowed[0], paintedLater[0], "no frame painted after that");
        assertTrue(paintedLater[0] < RunLooksAhead.FRAMES);
    }

    @Test
    void anOverviewIsNotPainted(FxRobot robot) throws Exception {
        robot.interact(() -> model.zoomAround(new io.github.graflowstudio.ui.editor.geometry.Point(0, 0), 0.1));
        RunLooksAhead[] ahead = new RunLooksAhead[1];
        robot.interact(() -> {
            ahead[0] = new RunLooksAhead(model, canvas.style);
            ahead[0].start();
        });
        assertTrue(ahead[0].doneProperty().get());
        assertEquals(0, ahead[0].painted());
    }

    @Test
    void theCanvasPreparesOnceAndStopsWhenItLeavesTheWindow(FxRobot robot) throws Exception {
        var first = new javafx.beans.property.ReadOnlyBooleanProperty[1];
        var again = new javafx.beans.property.ReadOnlyBooleanProperty[1];
        robot.interact(() -> {
            first[0] = canvas.prepareRunLooks();
            again[0] = canvas.prepareRunLooks();
            assertFalse(first[0].get(), "still painting");
            canvas.getScene().setRoot(new javafx.scene.layout.Pane());
            assertTrue(first[0].get(), "stopped when the canvas left its window");
        });
        assertSame(first[0], again[0], "prepared once per canvas");
    }

    @Test
    void eachFrameGivesEveryNodeAnotherLookAndAllLooksAreDrawn() {
        List<String> nodes = List.of("a", "b", "c");
        Set<NodeRunState> drawn = EnumSet.noneOf(NodeRunState.class);
        CanvasDecorations previous = null;
        for (int frame = 0; frame < NodeRunState.values().length; frame++) {
            CanvasDecorations looks = RunLooksAhead.looks(CanvasDecorations.NONE, nodes, frame);
            assertEquals(Set.copyOf(nodes), looks.runStates().keySet());
            assertEquals(Set.copyOf(nodes), looks.runCounts().keySet());
            if (previous != null) {
                for (String node : nodes) {
                    assertNotEquals(previous.runStates().get(node), looks.runStates().get(node));
                    assertNotEquals(previous.runCounts().get(node), looks.runCounts().get(node));
                }
            }
            drawn.addAll(looks.runStates().values());
            previous = looks;
        }
        assertEquals(EnumSet.allOf(NodeRunState.class), drawn);
    }
}
