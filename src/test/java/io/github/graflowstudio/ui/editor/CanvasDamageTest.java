package io.github.graflowstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.bench.GridWorkflow;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/**
 * The canvas repaints only the nodes whose decorations changed, and those partial repaints leave
 * the pixels a full repaint would paint (to within antialiasing).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasDamageTest {
    private EditorViewModel model;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        model = new EditorViewModel(GridWorkflow.of(200));
        canvas = new GraphCanvas(model);
        stage.setScene(new Scene(canvas, 900, 600));
        stage.show();
    }

    private int[] pixels() {
        return NodePixels.of(canvas);
    }

    /** Pixels that differ at all. */
    private static int differing(int[] a, int[] b) {
        assertEquals(a.length, b.length);
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                count++;
            }
        }
        return count;
    }

    /** The largest difference of one colour channel (0 to 255) between two images. */
    private static int largestChannelDifference(int[] a, int[] b) {
        assertEquals(a.length, b.length);
        int largest = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; a[i] != b[i] && shift < 32; shift += 8) {
                largest = Math.max(largest, Math.abs(((a[i] >> shift) & 255) - ((b[i] >> shift) & 255)));
            }
        }
        return largest;
    }

    /** The nodes a full frame of {@code view} shows. */
    private static List<String> inView(DocumentIndex index, Viewport view) {
        return index.nodesIn(view.visibleWorld().inflate(20));
    }

    /** Random run states, counts, breakpoints and dimming over the nodes in view, from a seed. */
    private CanvasDecorations randomMarks(long seed) {
        return randomMarks(seed, CanvasDecorations.NONE, 1);
    }

    /**
     * {@code base} with the marks of every {@code every}th node in view drawn again at random
     * (so at most that share of the view changes: more, and the canvas paints a full frame).
     */
    private CanvasDecorations randomMarks(long seed, CanvasDecorations base, int every) {
        Random random = new Random(seed);
        List<String> ids = model.index().nodesIn(model.viewportProperty().get().visibleWorld());
        Map<String, NodeRunState> states = new HashMap<>(base.runStates());
        Map<String, Integer> counts = new HashMap<>(base.runCounts());
        Set<String> breakpoints = new java.util.HashSet<>(base.breakpoints());
        Set<String> dimmed = new java.util.HashSet<>(base.dimmed());
        Map<String, String> problems = new HashMap<>(base.problems());
        NodeRunState[] all = NodeRunState.values();
        for (int i = 0; i < ids.size(); i += every) {
            String id = ids.get(i);
            states.remove(id);
            counts.remove(id);
            breakpoints.remove(id);
            dimmed.remove(id);
            problems.remove(id);
            switch (random.nextInt(16)) {
                case 0 -> states.put(id, all[random.nextInt(all.length)]);
                case 1 -> counts.put(id, 1 + random.nextInt(40));
                case 2 -> breakpoints.add(id);
                case 3 -> dimmed.add(id);
                case 4 -> problems.put(id, random.nextBoolean() ? "error" : "warning");
                default -> {
                }
            }
        }
        return new CanvasDecorations(problems, breakpoints, Set.of(), states, counts, dimmed, Set.of(), Map.of());
    }

    @Test
    void repaintingOnlyTheChangedNodesGivesTheSamePixelsAsAFullRepaint(FxRobot robot) {
        for (double scale : new double[] {1.0, 0.7, 0.3, 0.12}) {
            for (long seed = 1; seed <= 3; seed++) {
                long round = seed;
                int[][] partialAndFull = new int[2][];
                int[] repainted = new int[1];
                robot.interact(() -> {
                    model.viewportProperty().set(new Viewport(-30.5, -20.25, scale, canvas.getWidth(), canvas.getHeight()));
                    model.select("n3", false);
                    model.decorationsProperty().set(randomMarks(round));
                    canvas.paintNow();
                    model.decorationsProperty().set(randomMarks(round + 100, model.decorationsProperty().get(), 3));
                    repainted[0] = canvas.paintMarksNow();
                    partialAndFull[0] = pixels();
                    canvas.paintNow();
                    partialAndFull[1] = pixels();
                });
                assertTrue(repainted[0] > 0, "only the changed nodes were repainted at scale " + scale);
                // Curves cut by the clip are flattened a little differently, so their antialiased
                // pixels may differ by a few levels; anything left stale differs by far more.
                int difference = largestChannelDifference(partialAndFull[0], partialAndFull[1]);
                assertTrue(difference <= 12, "a pixel differs by " + difference + " from a full repaint at scale " + scale
                        + ", seed " + seed + " (" + differing(partialAndFull[0], partialAndFull[1]) + " pixels differ)");
            }
        }
    }

    @Test
    void liveStatesRepublishedAsAnEqualValueAreRepainted(FxRobot robot) throws Exception {
        Map<String, NodeRunState> live = new HashMap<>();
        int[][] before = new int[1][];
        robot.interact(() -> {
            model.viewportProperty().set(Viewport.initial(canvas.getWidth(), canvas.getHeight()));
            model.decorationsProperty().set(model.decorationsProperty().get().withRun(live, Map.of(), Map.of()));
            canvas.paintNow();
            before[0] = pixels();
            live.put("n1", NodeRunState.SUCCEEDED);
            // an equal value: the same live map, as the runner republishes it
            model.decorationsProperty().set(model.decorationsProperty().get().withRun(live, Map.of(), Map.of()));
        });
        // the canvas paints on its next pulse
        int[][] after = new int[1][];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(() -> after[0] = pixels());
            return differing(before[0], after[0]) > 0;
        });
        assertNotEquals(0, differing(before[0], after[0]), "the new state of n1 is drawn");
    }

    @Test
    void theTrackerNamesOnlyTheChangedNodesAndFallsBackToAFullFrameWhenItCannotTell() {
        DocumentIndex index = new DocumentIndex(GridWorkflow.of(200), Map.of());
        Viewport view = new Viewport(0, 0, 1, 900, 600);
        DamageTracker tracker = new DamageTracker();
        Map<String, NodeRunState> states = new HashMap<>();
        Map<String, Integer> ghosts = new HashMap<>();
        CanvasDecorations decorations = CanvasDecorations.NONE.withRun(states, Map.of(), ghosts);
        assertNull(tracker.changedAreas(index, view, decorations), "nothing painted yet");
        tracker.painted(inView(index, view), index.groupsIn(view.visibleWorld()), decorations);
        assertEquals(List.of(), tracker.changedAreas(index, view, decorations), "nothing changed");

        states.put("n1", NodeRunState.RUNNING);
        states.put("n150", NodeRunState.RUNNING); // out of view
        List<Rect> areas = tracker.changedAreas(index, view, decorations);
        assertNotNull(areas);
        assertEquals(1, areas.size(), "only n1 is in view");
        Rect n1 = index.bounds("n1");
        Rect area = areas.get(0);
        assertTrue(area.contains(n1), area + " covers " + n1);
        assertEquals(Math.floor(area.x()), area.x(), "whole pixels");
        assertEquals(List.of(), tracker.changedAreas(index, view, decorations), "n1 was recorded as repainted");

        ghosts.put(CanvasDecorations.ghostKey("n1", "n5"), 1);
        assertNull(tracker.changedAreas(index, view, decorations), "a new ghost edge crosses the view");
        tracker.painted(inView(index, view), index.groupsIn(view.visibleWorld()), decorations);
        List<String> inView = inView(index, view);
        int half = (int) (inView.size() * DamageTracker.MAX_CHANGED_SHARE);
        for (int i = 0; i < half; i++) {
            states.put(inView.get(i), NodeRunState.SUCCEEDED);
        }
        assertEquals(half, tracker.changedAreas(index, view, decorations).size(), "half the view, node by node");
        states.put(inView.get(half), NodeRunState.RUNNING); // half + 1 differ from a frame without states
        tracker.painted(inView, index.groupsIn(view.visibleWorld()),
                CanvasDecorations.NONE.withRun(Map.of(), Map.of(), ghosts));
        assertNull(tracker.changedAreas(index, view, decorations), "more than half: one full frame");
        tracker.painted(inView, index.groupsIn(view.visibleWorld()), decorations);
        for (int i = 0; i < 200; i++) {
            states.put("n" + i, NodeRunState.FAILED);
        }
        assertTrue(inView.size() <= DamageTracker.MAX_AREAS, "the view holds " + inView.size());
        assertNull(tracker.changedAreas(index, view, decorations), "every node in view: one full frame");
        tracker.painted(inView, index.groupsIn(view.visibleWorld()), decorations);
        tracker.invalidate();
        assertNull(tracker.changedAreas(index, view, decorations));
    }
}
