package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.ui.editor.geometry.EdgeRoute;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The overview of a large workflow painted as pixels: when thousands of nodes are visible, each a
 * pixel or two wide, edges become one-pixel lines and nodes filled pixel rectangles in an
 * {@code int} buffer (premultiplied ARGB, shared with the image through a {@link PixelBuffer}, so
 * nothing is converted or copied on the FX thread), shown with one {@code drawImage}. Recording a hundred thousand rectangles
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
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private int width;
    private int height;

    /**
     * Paints edges and nodes at screen scale, then restores the world transform.
     *
     * @param nodes the visible node ids
     * @param edges the visible edge indexes
     */
    void draw(GraphicsContext gc, DocumentIndex index, Viewport view, List<String> nodes, List<Integer> edges,
              Set<String> selection, WorkflowEdge selectedEdge, CanvasDecorations decorations, CanvasStyle style,
              ColorRule colorRule) {
        if (!resize((int) Math.ceil(view.width()), (int) Math.ceil(view.height()))) {
            return;
        }
        Arrays.fill(pixels, 0);
        int edgeColor = argb(style.edge.get(), 1);
        for (int edgeIndex : edges) {
            if (selectedEdge != null && index.edges().get(edgeIndex).equals(selectedEdge)) {
                continue;
            }
            EdgeRoute route = index.route(edgeIndex);
            line(screenX(view, route.start().x()), screenY(view, route.start().y()), screenX(view, route.end().x()),
                    screenY(view, route.end().y()), edgeColor);
        }
        for (String id : nodes) {
            Paint paint = colorRule.colorOf(id, index.node(id).kind(), selection.contains(id), decorations);
            int color = argb(paint, decorations.dimmed().contains(id) ? DIMMED_ALPHA : 1);
            Rect rect = index.bounds(id);
            fill(screenX(view, rect.x()), screenY(view, rect.y()), screenX(view, rect.x() + rect.width()),
                    screenY(view, rect.y() + rect.height()), color);
        }
        buffer.updateBuffer(changed -> null);
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

    private boolean resize(int newWidth, int newHeight) {
        if (newWidth <= 0 || newHeight <= 0) {
            return false;
        }
        if (newWidth != width || newHeight != height || image == null) {
            width = newWidth;
            height = newHeight;
            pixels = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        return true;
    }

    private static double screenX(Viewport view, double worldX) {
        return (worldX - view.originX()) * view.scale();
    }

    private static double screenY(Viewport view, double worldY) {
        return (worldY - view.originY()) * view.scale();
    }

    /** Fills the pixels a rectangle touches, at least one, clipped to the buffer. */
    private void fill(double left, double top, double right, double bottom, int color) {
        int x0 = Math.max(0, (int) Math.floor(left));
        int y0 = Math.max(0, (int) Math.floor(top));
        int x1 = Math.min(width, Math.max((int) Math.floor(left) + 1, (int) Math.ceil(right)));
        int y1 = Math.min(height, Math.max((int) Math.floor(top) + 1, (int) Math.ceil(bottom)));
        for (int y = y0; y < y1; y++) {
            Arrays.fill(pixels, y * width + x0, Math.max(y * width + x0, y * width + x1), color);
        }
    }

    /** A one-pixel line (Bresenham), clipped to the buffer first so a long edge costs at most its visible part. */
    private void line(double fromX, double fromY, double toX, double toY, int color) {
        double[] clipped = clip(fromX, fromY, toX, toY, width - 1, height - 1);
        if (clipped == null) {
            return;
        }
        int x = (int) Math.round(clipped[0]);
        int y = (int) Math.round(clipped[1]);
        int endX = (int) Math.round(clipped[2]);
        int endY = (int) Math.round(clipped[3]);
        int dx = Math.abs(endX - x);
        int dy = -Math.abs(endY - y);
        int stepX = x < endX ? 1 : -1;
        int stepY = y < endY ? 1 : -1;
        int error = dx + dy;
        while (true) {
            if (x >= 0 && x < width && y >= 0 && y < height) {
                pixels[y * width + x] = color;
            }
            if (x == endX && y == endY) {
                return;
            }
            int doubled = 2 * error;
            if (doubled >= dy) {
                error += dy;
                x += stepX;
            }
            if (doubled <= dx) {
                error += dx;
                y += stepY;
            }
        }
    }

    /** Liang–Barsky clipping of a segment to [0, maxX] × [0, maxY]; {@code null} if nothing is left. */
    static double[] clip(double x0, double y0, double x1, double y1, double maxX, double maxY) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, maxX - x0, y0, maxY - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        if (enter > leave) {
            return null;
        }
        return new double[] {x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy};
    }

    /** A paint as premultiplied ARGB with an extra alpha (looked up once per paint and alpha, not per node). */
    private int argb(Paint paint, double alpha) {
        Map<Paint, Integer> cache = alpha == 1 ? colors : dimmedColors;
        Integer known = cache.get(paint);
        if (known == null) {
            known = premultiplied(straightArgb(paint), alpha);
            cache.put(paint, known);
        }
        return known;
    }

    /** A straight ARGB colour premultiplied, with an extra alpha; paints other than colours count as grey. */
    private static int premultiplied(int base, double alpha) {
        double a = ((base >>> 24) / 255.0) * alpha;
        int red = (int) Math.round(((base >> 16) & 0xff) * a);
        int green = (int) Math.round(((base >> 8) & 0xff) * a);
        int blue = (int) Math.round((base & 0xff) * a);
        return ((int) Math.round(a * 255) << 24) | (red << 16) | (green << 8) | blue;
    }

    private static int straightArgb(Paint paint) {
        Color color = paint instanceof Color plain ? plain : Color.GRAY;
        return ((int) Math.round(color.getOpacity() * 255) << 24) | ((int) Math.round(color.getRed() * 255) << 16)
                | ((int) Math.round(color.getGreen() * 255) << 8) | (int) Math.round(color.getBlue() * 255);
    }
}
