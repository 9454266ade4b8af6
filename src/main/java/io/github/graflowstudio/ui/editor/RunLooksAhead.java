package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Paints the run looks (every run state, with run counts) of the nodes and groups in view a few
 * times off screen, soon after the window opens, so that the first run of a fresh application
 * does not paint them for the first time. The renderer rasterises a look it has not drawn before
 * with code the JIT has not compiled yet: in the first run after start-up the canvas's first
 * frame with run states kept the render thread busy for 40-100 ms, in a frame of 80-260 ms,
 * where a later run paints it in a few milliseconds (docs/performance.md, "Sixth pass"). The
 * frames are drawn on a canvas outside the scene and taken as snapshots (rasterised by the same
 * renderer, into a canvas texture of the same scale as the window's canvas, one per pulse), so
 * nothing on screen changes; the window's own canvas and decorations are not touched.
 *
 * <p>It paints nothing when no node is in view, when the view is an overview (below
 * {@link CanvasRenderer#OVERVIEW_SCALE}, where run states are plain colours) or when more than
 * {@link #MAX_NODES} nodes are in view (such a frame is slow to paint, and {@link #FRAMES} of
 * them at start-up would cost more than they save). It stops after {@link #FRAMES} frames, at
 * once when a run shows states on the canvas, on an error (logged), or when
 * {@link #cancel cancelled}. FX thread only.
 */
final class RunLooksAhead {
    /** Frames painted. */
    static final int FRAMES = 40;
    /** More nodes in view than this and nothing is painted. */
    static final int MAX_NODES = 600;
    private static final System.Logger LOG = System.getLogger(RunLooksAhead.class.getName());

    private final EditorViewModel model;
    private final CanvasStyle style;
    private final CanvasRenderer renderer = new CanvasRenderer();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final InvalidationListener runShown = observable -> stopWhenARunShows();
    private Canvas canvas;
    private WritableImage image;
    private int painted;

    /** Looks for the canvas of {@code model}, in its colours. */
    RunLooksAhead(EditorViewModel model, CanvasStyle style) {
        this.model = model;
        this.style = style;
    }

    /** Starts painting, one frame per pulse. */
    void start() {
        model.decorationsProperty().addListener(runShown);
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
        try {
            paint();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "painting the run looks ahead failed; the first run paints them", e);
            finish();
        }
    }

    private void paint() {
        Viewport view = model.viewportProperty().get();
        if (painted == FRAMES || aRunShows() || view.width() < 1
                || view.height() < 1 || view.scale() < CanvasRenderer.OVERVIEW_SCALE) {
            finish();
            return;
        }
        Rect visible = view.toWorld(new Rect(0, 0, view.width(), view.height())).inflate(20);
        List<String> inView = new ArrayList<>(model.index().nodesIn(visible));
        if (inView.isEmpty() || inView.size() > MAX_NODES) {
            finish();
            return;
        }
        inView.addAll(model.index().groupsIn(visible));
        if (canvas == null || canvas.getWidth() != view.width() || canvas.getHeight() != view.height()) {
            canvas = new Canvas(view.width(), view.height());
            image = null;
        }
        CanvasDecorations looks = looks(model.decorationsProperty().get(), inView, painted);
        renderer.draw(canvas.getGraphicsContext2D(), model.index(), view, Set.of(), null, looks, style);
        painted++;
        canvas.snapshot(result -> {
            if (!done.get()) {
                image = result.getImage();
                Platform.runLater(this::next);
            }
            return null;
        }, new SnapshotParameters(), image);
    }

    /**
     * The decorations of frame {@code frame}: every node and group in view gets a run state and a
     * count, shifted by one each frame, so that each one's look changes from frame to frame and
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

    private void stopWhenARunShows() {
        if (aRunShows()) {
            finish();
        }
    }

    /** Whether the canvas shows a run's states. */
    private boolean aRunShows() {
        return !model.decorationsProperty().get().runStates().isEmpty();
    }

    private void finish() {
        if (!done.get()) {
            model.decorationsProperty().removeListener(runShown);
            canvas = null;
            image = null;
            done.set(true);
        }
    }
}
