package io.github.graflowstudio.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * A one-pixel node that changes (invisibly) on every pulse while the window is busy, so that no
 * frame of that time is painted as "the whole window".
 *
 * <p>Why: when a frame has nodes to synchronise but none of them changes a visible area (a style
 * state that looks the same, a text under an empty clip, a cell outside the view), JavaFX's
 * renderer finds no dirty region and paints the whole window instead of nothing. With the software
 * pipeline that is 60-180 ms for the main window, on the render thread, and the FX thread waits
 * for it in its next pulse: the longest frames of a 100,000-task run in the debugger. With the
 * anchor changed in each of those frames, the frame has one dirty pixel and paints just that
 * (and whatever else really changed).
 *
 * <p>The anchor's fill alternates between transparent and black at 0.3 % opacity, which draws
 * nothing visible on any background. It only changes while {@link #follow followed} work goes on
 * and for a short while after; an idle window does not pulse because of it. FX thread only.
 */
public final class RepaintAnchor {
    private static final Color QUIET = Color.TRANSPARENT;
    private static final Color TOUCHED = Color.rgb(0, 0, 0, 0.003);

    private final Rectangle dot = new Rectangle(1, 1, QUIET);
    private final Runnable pulse = this::onPulse;
    private Scene registered;
    private ObservableBooleanValue busy;
    private long tailNanos;
    private long quietSinceNanos;

    /** An anchor; put {@link #node()} somewhere visible in the window (it is unmanaged, 1×1 px). */
    public RepaintAnchor() {
        dot.setId("repaintAnchor");
        dot.setManaged(false);
        dot.setMouseTransparent(true);
        dot.setFocusTraversable(false);
        // The work it follows is often a binding that only weak listeners hold: the node keeps the
        // anchor, and so the binding, alive for as long as it is in the window.
        dot.getProperties().put(RepaintAnchor.class, this);
    }

    /** The node to add to the window. */
    public Node node() {
        return dot;
    }

    /**
     * Changes the anchor on every pulse while {@code work} is true and for {@code tail} after it
     * turned false (the frames that show the end of the work).
     */
    public void follow(ObservableBooleanValue work, Duration tail) {
        this.busy = work;
        this.tailNanos = (long) (tail.toMillis() * 1_000_000);
        work.addListener((obs, was, now) -> {
            if (now) {
                start();
            } else {
                quietSinceNanos = System.nanoTime();
            }
        });
        if (work.get()) {
            start();
        }
    }

    private void start() {
        Scene scene = dot.getScene();
        if (scene == null || registered == scene) {
            return;
        }
        stop();
        scene.addPostLayoutPulseListener(pulse);
        registered = scene;
        touch();
    }

    private void stop() {
        if (registered != null) {
            registered.removePostLayoutPulseListener(pulse);
            registered = null;
        }
    }

    private void onPulse() {
        if (quiet()) {
            // not while the scene runs its listeners; and only if work did not start again meanwhile
            javafx.application.Platform.runLater(() -> {
                if (quiet()) {
                    stop();
                }
            });
            return;
        }
        touch();
    }

    private boolean quiet() {
        return !busy.get() && System.nanoTime() - quietSinceNanos > tailNanos;
    }

    private void touch() {
        dot.setFill(dot.getFill() == QUIET ? TOUCHED : QUIET);
    }
}
