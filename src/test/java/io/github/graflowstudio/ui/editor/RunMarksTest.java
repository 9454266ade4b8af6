package io.github.graflowstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.bench.GridWorkflow;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Run marks on their own layer: the window looks as it did with the marks in the drawing, a run's
 * state changes repaint no part of the drawing, and the overview keeps its states in the drawing.
 */
@ExtendWith(ApplicationExtension.class)
class RunMarksTest {
    private EditorViewModel model;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        model = new EditorViewModel(GridWorkflow.of(200));
        canvas = new GraphCanvas(model);
        stage.setScene(new Scene(canvas, 900, 600));
        stage.show();
    }

    /** Run states, counts and the other decorations at random on the nodes in view. */
    private CanvasDecorations randomDecorations(long seed) {
        Random random = new Random(seed);
        List<String> ids = model.index().nodesIn(model.viewportProperty().get().visibleWorld());
        Map<String, NodeRunState> states = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> breakpoints = new HashSet<>();
        Set<String> dimmed = new HashSet<>();
        Set<String> jumpOnly = new HashSet<>();
        Map<String, String> problems = new HashMap<>();
        NodeRunState[] all = NodeRunState.values();
        for (String id : ids) {
            if (random.nextInt(4) > 0) {
                states.put(id, all[random.nextInt(all.length)]);
            }
            if (random.nextInt(3) == 0) {
                counts.put(id, 1 + random.nextInt(40));
            }
            switch (random.nextInt(8)) {
                case 0 -> breakpoints.add(id);
                case 1 -> dimmed.add(id);
                case 2 -> jumpOnly.add(id);
                case 3 -> problems.put(id, random.nextBoolean() ? "error" : "warning");
                default -> {
                }
            }
        }
        return new CanvasDecorations(problems, breakpoints, Set.of(), states, counts, dimmed, jumpOnly, Map.of());
    }

    /** The frame as one layer with the marks in it, as the canvas drew it before the marks had a layer. */
    private int[] oneLayer() {
        Canvas single = new Canvas(canvas.getWidth(), canvas.getHeight());
        new CanvasRenderer().draw(single.getGraphicsContext2D(), model.index(), model.viewportProperty().get(),
                model.selection(), null, model.decorationsProperty().get(), canvas.style);
        return NodePixels.of(single);
    }

    /** Pixels whose colour differs by more than {@code levels} in some channel. */
    private static int differing(int[] a, int[] b, int levels) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; a[i] != b[i] && shift < 32; shift += 8) {
                if (Math.abs(((a[i] >> shift) & 255) - ((b[i] >> shift) & 255)) > levels) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    @Test
    void theWindowLooksAsWithTheMarksInTheDrawing(FxRobot robot) {
        for (double scale : new double[] {1.0, 0.7, 0.3}) {
            for (long seed = 1; seed <= 3; seed++) {
                long round = seed;
                int[][] layeredAndSingle = new int[2][];
                robot.interact(() -> {
                    model.viewportProperty().set(new Viewport(-30.5, -20.25, scale, canvas.getWidth(), canvas.getHeight()));
                    model.select("n" + round, false);
                    model.decorationsProperty().set(randomDecorations(round));
                    canvas.paintNow();
                    layeredAndSingle[0] = NodePixels.of(canvas);
                    layeredAndSingle[1] = oneLayer();
                });
                assertEquals(layeredAndSingle[1].length, layeredAndSingle[0].length);
                // A border drawn over the drawing's thinner one differs in its antialiased edge pixels
                // by up to about 40 levels; a mark left out or misplaced differs by far more.
                int off = differing(layeredAndSingle[0], layeredAndSingle[1], 48);
                assertEquals(0, off, off + " pixels differ by more than 48 levels at scale " + scale + ", seed " + seed);
            }
        }
    }

    @Test
    void aRunsStateChangesRepaintNoPartOfTheDrawing(FxRobot robot) {
        int[] repainted = new int[2];
        boolean[] showing = new boolean[1];
        robot.interact(() -> {
            model.viewportProperty().set(Viewport.initial(canvas.getWidth(), canvas.getHeight()));
            canvas.paintNow();
            List<String> ids = model.index().nodesIn(model.viewportProperty().get().visibleWorld());
            Map<String, NodeRunState> states = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (String id : ids) {
                states.put(id, NodeRunState.SUCCEEDED);
                counts.put(id, 1);
            }
            model.decorationsProperty().set(model.decorationsProperty().get().withRun(states, counts, Map.of()));
            repainted[0] = canvas.paintMarksNow();
            showing[0] = canvas.showingRunMarks();
            states.replaceAll((id, state) -> NodeRunState.RUNNING);
            model.decorationsProperty().set(model.decorationsProperty().get().withRun(states, counts, Map.of()));
            repainted[1] = canvas.paintMarksNow();
        });
        assertEquals(0, repainted[0], "every node in view changed state, and the drawing was not touched");
        assertEquals(0, repainted[1]);
        assertTrue(showing[0]);
    }

    @Test
    void theOverviewKeepsTheStatesInTheDrawing(FxRobot robot) {
        int[] repainted = new int[1];
        boolean[] showing = new boolean[1];
        robot.interact(() -> {
            model.viewportProperty().set(new Viewport(0, 0, 0.12, canvas.getWidth(), canvas.getHeight()));
            canvas.paintNow();
            model.decorationsProperty().set(model.decorationsProperty().get().withRun(
                    Map.of("n1", NodeRunState.FAILED), Map.of(), Map.of()));
            repainted[0] = canvas.paintMarksNow();
            showing[0] = canvas.showingRunMarks();
        });
        assertNotEquals(0, repainted[0], "the state is part of the overview's drawing");
        assertFalse(showing[0]);
    }

    @Test
    void marksAreRepaintedOnlyWhenThoseInViewChange(FxRobot robot) {
        robot.interact(() -> {
            Viewport view = Viewport.initial(900, 600);
            RunMarks marks = new RunMarks(new Canvas(900, 600));
            Map<String, NodeRunState> states = new HashMap<>(Map.of("n1", NodeRunState.RUNNING));
            CanvasDecorations decorations = CanvasDecorations.NONE.withRun(states, Map.of(), Map.of());
            assertTrue(marks.paint(model.index(), view, Set.of(), decorations, canvas.style, false));
            assertFalse(marks.paint(model.index(), view, Set.of(), decorations, canvas.style, false), "nothing changed");
            states.put("n150", NodeRunState.SUCCEEDED); // out of view
            assertFalse(marks.paint(model.index(), view, Set.of(), decorations, canvas.style, false), "out of view");
            assertTrue(marks.paint(model.index(), view, Set.of(), decorations, canvas.style, true), "forced");
            states.put("n1", NodeRunState.SUCCEEDED);
            assertTrue(marks.paint(model.index(), view, Set.of(), decorations, canvas.style, false));
            assertTrue(marks.showing());
            assertTrue(marks.paint(model.index(), view, Set.of(), CanvasDecorations.NONE, canvas.style, false));
            assertFalse(marks.showing(), "hidden with nothing to show");
        });
    }
}
