package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.ui.editor.geometry.EdgeRoute;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Paint;

/**
 * The overview of a large workflow painted as pixels: when thousands of nodes are visible, each a
 * pixel or two wide, edges become one-pixel lines and nodes filled pixel rectangles in a
 * {@link PixelImage}, shown with one {@code drawImage}. Recording a hundred thousand rectangles
 * and a path of a hundred thousand segments instead took the FX thread tens of milliseconds and
 * the software renderer hundreds per frame; a live run repaints the overview ten times a second.
 * Colours are the vector overview's (selection, run state, kind; dimmed nodes at 35 %). FX thread
 * only.
 */
final class OverviewRaster {
    /** Visible nodes above which an overview frame is rasterised rather than recorded as shapes. */
    static final int THRESHOLD = 2_000;
    private static final double DIMMED_ALPHA = 0.35;

    private final Map<Paint, Integer> colors = new HashMap<>();
    private final Map<Paint, Integer> dimmedColors = new HashMap<>();
    private final PixelImage pixels = new PixelImage();

    /**
     * Paints edges and nodes at screen scale, then restores the world transform.
     *
     * @param nodes the visible node ids
     * @param edges the visible edge indexes
     */
    void draw(GraphicsContext gc, DocumentIndex index, Viewport view, List<String> nodes, List<Integer> edges,
              Set<String> selection, WorkflowEdge selectedEdge, CanvasDecorations decorations, CanvasStyle style,
              ColorRule colorRule) {
        if (!pixels.reset((int) Math.ceil(view.width()), (int) Math.ceil(view.height()))) {
            return;
        }
        int edgeColor = argb(style.edge.get(), 1);
        for (int edgeIndex : edges) {
            if (selectedEdge != null && index.edges().get(edgeIndex).equals(selectedEdge)) {
                continue;
            }
            EdgeRoute route = index.route(edgeIndex);
            pixels.line(screenX(view, route.start().x()), screenY(view, route.start().y()), screenX(view, route.end().x()),
                    screenY(view, route.end().y()), edgeColor);
        }
        for (String id : nodes) {
            Paint paint = colorRule.colorOf(id, index.node(id).kind(), selection.contains(id), decorations);
            int color = argb(paint, decorations.dimmed().contains(id) ? DIMMED_ALPHA : 1);
            Rect rect = index.bounds(id);
            pixels.fill(screenX(view, rect.x()), screenY(view, rect.y()), screenX(view, rect.x() + rect.width()),
                    screenY(view, rect.y() + rect.height()), color);
        }
        WritableImage image = pixels.image();
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.drawImage(image, 0, 0);
        gc.restore();
    }

    /** The colour of a node in the overview. */
    interface ColorRule {
        /** Selection, run state or kind colour. */
        Paint colorOf(String id, String kind, boolean selected, CanvasDecorations decorations);
    }

    private static double screenX(Viewport view, double worldX) {
        return (worldX - view.originX()) * view.scale();
    }

    private static double screenY(Viewport view, double worldY) {
        return (worldY - view.originY()) * view.scale();
    }

    /** A paint as premultiplied ARGB with an extra alpha (looked up once per paint and alpha, not per node). */
    private int argb(Paint paint, double alpha) {
        Map<Paint, Integer> cache = alpha == 1 ? colors : dimmedColors;
        Integer known = cache.get(paint);
        if (known == null) {
            known = PixelImage.premultiplied(paint, alpha);
            cache.put(paint, known);
        }
        return known;
    }
}
