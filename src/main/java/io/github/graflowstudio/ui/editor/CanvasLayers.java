package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * What the workflow canvas paints, in two layers: the drawing (grid, groups, edges, nodes and
 * their badges), and above it the {@link RunMarks run marks}. A full frame paints the drawing and
 * the marks; a change of decorations repaints only the nodes of the drawing whose look changed
 * ({@link DamageTracker}; a run's states are not part of the drawing's looks at a normal zoom)
 * and the marks if those in view changed. FX thread only.
 */
final class CanvasLayers {
    private final Canvas drawing = new Canvas();
    private final Canvas marksLayer = new Canvas();
    private final CanvasRenderer renderer = new CanvasRenderer();
    private final DamageTracker damage = new DamageTracker();
    private final RunMarks marks = new RunMarks(marksLayer);
    private final EditorViewModel model;
    private final CanvasStyle style;

    CanvasLayers(EditorViewModel model, CanvasStyle style) {
        this.model = model;
        this.style = style;
    }

    /** The canvases, bottom first. */
    List<Canvas> canvases() {
        return List.of(drawing, marksLayer);
    }

    /** Gives both layers this size; answers whether it changed. */
    boolean resize(double width, double height) {
        if (drawing.getWidth() == width && drawing.getHeight() == height) {
            return false;
        }
        for (Canvas canvas : canvases()) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        return true;
    }

    /** The drawing's last full frame is out of date. */
    void invalidate() {
        damage.invalidate();
    }

    /** Paints a full frame. */
    void paint() {
        CanvasDecorations decorations = model.decorationsProperty().get();
        Viewport view = model.viewportProperty().get();
        CanvasDecorations drawn = RunMarks.forDrawing(decorations, view, model.selection());
        renderer.draw(drawing.getGraphicsContext2D(), model.index(), view, model.selection(),
                model.selectedEdgeProperty().get(), drawn, style);
        damage.painted(renderer.shownNodes(), renderer.shownGroups(), drawn);
        marks.paint(model.index(), view, model.selection(), decorations, style, true);
    }

    /**
     * Repaints what the decorations changed: the drawing's nodes whose look changed (or a full
     * frame when that cannot be told) and the marks; returns the number of the drawing's areas
     * repainted, or -1 for a full frame.
     */
    int paintChanges() {
        CanvasDecorations decorations = model.decorationsProperty().get();
        Viewport view = model.viewportProperty().get();
        CanvasDecorations drawn = RunMarks.forDrawing(decorations, view, model.selection());
        List<Rect> areas = damage.changedAreas(model.index(), view, drawn);
        if (areas == null) {
            paint();
            return -1;
        }
        GraphicsContext gc = drawing.getGraphicsContext2D();
        for (Rect area : areas) {
            if (area.width() > 0 && area.height() > 0) {
                renderer.repaint(gc, model.index(), view, area, model.selection(), model.selectedEdgeProperty().get(),
                        drawn, style);
            }
        }
        marks.paint(model.index(), view, model.selection(), decorations, style, false);
        return areas.size();
    }

    /** Whether the marks layer shows marks now. */
    boolean showingMarks() {
        return marks.showing();
    }

    /** Nodes drawn in the last full frame. */
    long drawnNodes() {
        return renderer.drawnNodes();
    }
}
