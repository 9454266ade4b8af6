package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Paints the run looks (every run state, with run counts) of the nodes in view a few times off
 * screen, soon after the window opens, so that the first run of a fresh application does not
 * paint them for the first time. The renderer rasterises a look it has not drawn before with
 * code the JIT has not compiled yet: in the first run after start-up the canvas's first frame
 * with run states kept the render thread busy for 40-100 ms, with a frame of 80-260 ms, where a
 * later run paints it in a few milliseconds (docs/performance.md, "Sixth pass"). The frames are
 * drawn on a canvas outside the scene and taken as snapshots (rendered by the same renderer, one
 * per pulse), so nothing on screen changes; the window's own canvas and decorations are not
 * touched.
 *
 * <p>It stops after {@link #FRAMES} frames, as soon as a run shows states on the canvas, or when
 * {@link #cancel cancelled}. FX thread only.
 */
final class RunLooksAhead {
    /** Frames painted. */
    static final int FRAMES = 40;

    private final EditorViewModel model;
    private final CanvasStyle style;
    private final CanvasRenderer renderer = new CanvasRenderer();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private Canvas canvas;
    private WritableImage image;
    private int painted;

    RunLooksAhead(EditorViewModel model, CanvasStyle style) {
        this.model = model;
        this.style = style;
    }

    /** Starts painting, one frame per pulse. */
    void start() {
        next();
    }

    /** Stops painting (the window closes). */
    void cancel() {
        finish();
    }

    /** True once it stopped painting. */
    ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Frames painted so far. */
    int painted() {
        return painted;
    }

    private void next() {
        if (done.get()) {
            return;
        }
        Viewport view = model.viewportProperty().get();
        CanvasDecorations shown = model.decorationsProperty().get();
        if (painted == FRAMES || !shown.runStates().isEmpty() || view.width() < 1 || view.height() < 1) {
            finish();
            return;
        }
        List<String> inView = model.index().nodesIn(view.toWorld(new Rect(0, 0, view.width(), view.height())));
        if (inView.isEmpty()) {
            finish();
            return;
        }
        if (canvas == null || canvas.getWidth() != view.width() || canvas.getHeight() != view.height()) {
            canvas = new Canvas(view.width(), view.height());
            image = null;
        }
        CanvasDecorations looks = looks(shown, inView, painted);
        renderer.draw(canvas.getGraphicsContext2D(), model.index(), view, Set.of(), null, looks, style);
        painted++;
        canvas.snapshot(result -> {
            image = result.getImage();
            javafx.application.Platform.runLater(this::next);
            return null;
        }, new SnapshotParameters(), image);
    }

    /**
     * The decorations of frame {@code frame}: every node in view gets a run state and a count,
     * shifted by one state each frame, so that each node's look changes from frame to frame and
     * every state is painted.
     */
    static CanvasDecorations looks(CanvasDecorations shown, List<String> inView, int frame) {
        NodeRunState[] states = NodeRunState.values();
        Map<String, NodeRunState> runStates = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < inView.size(); i++) {
            runStates.put(inView.get(i), states[(i + frame) % states.length]);
            counts.put(inView.get(i), 1 + (i + frame) % 12);
        }
        return shown.withRun(runStates, counts, Map.of());
    }

    private void finish() {
        canvas = null;
        image = null;
        done.set(true);
    }
}
