package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.ui.editor.geometry.EdgeRoute;
import io.github.graflowstudio.ui.editor.geometry.NodeShape;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the document on a viewport-sized canvas: grid, groups, edges, ghost edges,
 * nodes with their decorations. Only what intersects the viewport is drawn (spatial-index
 * culling); below 45 % zoom nodes are drawn without text. Below 20 % (an overview, where a node is
 * a few pixels high and thousands may be visible) nodes are plain rectangles in their kind's (or
 * selection or run-state) colour and edges straight lines stroked as one path, without arrowheads:
 * rounded, outlined shapes and one curve per edge made such a frame cost tens of milliseconds to
 * record and hundreds to rasterise with the software pipeline. With more than
 * {@link OverviewRaster#THRESHOLD} nodes in view the overview is painted as pixels instead
 * ({@link OverviewRaster}). FX thread only.
 */
final class CanvasRenderer {
    private static final double DETAIL_SCALE = 0.45;
    /** Below this zoom the frame is drawn as an overview. */
    static final double OVERVIEW_SCALE = 0.2;
    private static final Font ID_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font KIND_FONT = Font.font("System", FontWeight.NORMAL, 11);
    private static final Font SMALL_FONT = Font.font("System", FontWeight.BOLD, 10);

    private final OverviewRaster raster = new OverviewRaster();
    private long drawnNodes;
    private List<String> shownNodes = List.of();
    private List<String> shownGroups = List.of();

    /** Ids of the nodes in view in the last full frame. */
    List<String> shownNodes() {
        return shownNodes;
    }

    /** Ids of the groups in view in the last full frame. */
    List<String> shownGroups() {
        return shownGroups;
    }

    /** Nodes drawn in the last full frame (for benchmarks and tests). */
    long drawnNodes() {
        return drawnNodes;
    }

    void draw(GraphicsContext gc, DocumentIndex index, Viewport view, Set<String> selection, WorkflowEdge selectedEdge,
              CanvasDecorations decorations, CanvasStyle style) {
        drawnNodes = drawArea(gc, index, view, new Rect(0, 0, view.width(), view.height()), true, selection,
                selectedEdge, decorations, style);
    }

    /**
     * Repaints one screen rectangle (whole pixels) of a frame drawn before, clipped to it: the
     * background, grid, groups, edges and nodes that meet it, in the same order as a full frame,
     * so its pixels come out as a full repaint would paint them. The rest of the canvas keeps its
     * pixels, and the renderer rasterises only this rectangle.
     */
    void repaint(GraphicsContext gc, DocumentIndex index, Viewport view, Rect screenArea, Set<String> selection,
                 WorkflowEdge selectedEdge, CanvasDecorations decorations, CanvasStyle style) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.beginPath();
        gc.rect(screenArea.x(), screenArea.y(), screenArea.width(), screenArea.height());
        gc.clip();
        drawArea(gc, index, view, screenArea, false, selection, selectedEdge, decorations, style);
        gc.restore();
    }

    /** Draws what meets {@code screenArea}; returns the number of nodes drawn. */
    private long drawArea(GraphicsContext gc, DocumentIndex index, Viewport view, Rect screenArea, boolean mayRaster,
                          Set<String> selection, WorkflowEdge selectedEdge, CanvasDecorations decorations,
                          CanvasStyle style) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setFill(style.background.get());
        gc.fillRect(screenArea.x(), screenArea.y(), screenArea.width(), screenArea.height());
        drawGrid(gc, view, style.grid.get(), screenArea);
        double scale = view.scale();
        gc.setTransform(scale, 0, 0, scale, -view.originX() * scale, -view.originY() * scale);
        Rect visible = view.toWorld(screenArea).inflate(20);
        boolean detail = scale >= DETAIL_SCALE;
        List<String> visibleGroups = index.groupsIn(visible);
        for (String groupId : visibleGroups) {
            drawGroup(gc, index.group(groupId), index.bounds(groupId), selection.contains(groupId), detail, style,
                    stateColor(decorations.runStates().get(groupId), style));
        }
        gc.setLineDashes();
        boolean overview = scale < OVERVIEW_SCALE;
        List<String> visibleNodes = index.nodesIn(visible);
        if (mayRaster) {
            shownNodes = visibleNodes;
            shownGroups = visibleGroups;
        }
        long drawn = 0;
        if (mayRaster && overview && visibleNodes.size() > OverviewRaster.THRESHOLD) {
            List<Integer> visibleEdges = index.edgesIn(visible);
            raster.draw(gc, index, view, visibleNodes, visibleEdges, selection, selectedEdge, decorations, style,
                    (id, kind, selected, marks) -> overviewColor(id, kind, selected, marks, style));
            drawSelectedEdge(gc, index, visibleEdges, selectedEdge, style, scale);
            drawGhostEdges(gc, index, decorations, style, scale);
            drawn = visibleNodes.size();
        } else {
            if (overview) {
                drawOverviewEdges(gc, index, visible, selectedEdge, style, scale);
            } else {
                for (int edgeIndex : index.edgesIn(visible)) {
                    WorkflowEdge edge = index.edges().get(edgeIndex);
                    boolean selected = edge.equals(selectedEdge);
                    drawEdge(gc, index.route(edgeIndex), selected ? style.selection.get() : style.edge.get(),
                            selected ? 3 : 1.6, scale);
                }
            }
            drawGhostEdges(gc, index, decorations, style, scale);
            for (String id : visibleNodes) {
                if (overview) {
                    drawOverviewNode(gc, index.node(id), index.bounds(id), selection.contains(id), decorations, style);
                } else {
                    drawNode(gc, index.node(id), index.bounds(id), selection.contains(id), detail, decorations, style);
                }
                drawn++;
            }
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        return drawn;
    }

    /** The grid's dots that meet {@code screenArea} (at the same places as in a full frame). */
    private static void drawGrid(GraphicsContext gc, Viewport view, Paint color, Rect screenArea) {
        double step = 24 * view.scale();
        while (step < 12) {
            step *= 4;
        }
        double offsetX = -view.originX() * view.scale() % step;
        double offsetY = -view.originY() * view.scale() % step;
        gc.setFill(color);
        double size = Math.max(1, Math.min(2, view.scale() * 1.5));
        double firstX = offsetX + Math.max(0, Math.floor((screenArea.x() - size - offsetX) / step)) * step;
        double firstY = offsetY + Math.max(0, Math.floor((screenArea.y() - size - offsetY) / step)) * step;
        double endX = Math.min(view.width(), screenArea.maxX());
        double endY = Math.min(view.height(), screenArea.maxY());
        for (double x = firstX; x < endX; x += step) {
            for (double y = firstY; y < endY; y += step) {
                gc.fillRect(x, y, size, size);
            }
        }
    }

    private static void drawGroup(GraphicsContext gc, WorkflowGroup group, Rect rect, boolean selected, boolean detail,
                                  CanvasStyle style, Paint stateStroke) {
        gc.setFill(style.groupFill.get());
        gc.setGlobalAlpha(0.55);
        gc.fillRoundRect(rect.x(), rect.y(), rect.width(), rect.height(), 16, 16);
        gc.setGlobalAlpha(1);
        gc.setStroke(selected ? style.selection.get() : stateStroke != null ? stateStroke : style.groupStroke.get());
        gc.setLineWidth(selected || stateStroke != null ? 2.5 : 1.5);
        gc.setLineDashes(6, 4);
        gc.strokeRoundRect(rect.x(), rect.y(), rect.width(), rect.height(), 16, 16);
        gc.setLineDashes();
        if (detail) {
            drawPorts(gc, rect, style);
            gc.setFill(style.groupStroke.get());
            gc.setFont(SMALL_FONT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("∥ " + group.id() + " · " + group.policy().type(), rect.x() + 10,
                    rect.y() + NodeShape.GROUP_HEADER / 2 + 4, rect.width() - 20);
        }
    }

    private static void drawEdge(GraphicsContext gc, EdgeRoute route, Paint color, double width, double scale) {
        gc.setStroke(color);
        gc.setLineWidth(width / Math.max(scale, 0.5));
        gc.beginPath();
        gc.moveTo(route.start().x(), route.start().y());
        gc.bezierCurveTo(route.control1().x(), route.control1().y(), route.control2().x(), route.control2().y(),
                route.end().x(), route.end().y());
        gc.stroke();
        Point tip = route.end();
        Point before = route.pointAt(0.96);
        double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
        double size = 9;
        gc.setFill(color);
        gc.fillPolygon(new double[] {tip.x(), tip.x() - size * Math.cos(angle - 0.45), tip.x() - size * Math.cos(angle + 0.45)},
                new double[] {tip.y(), tip.y() - size * Math.sin(angle - 0.45), tip.y() - size * Math.sin(angle + 0.45)}, 3);
    }

    /** All visible edges as straight lines in one path; the selected one on top as usual. */
    private static void drawOverviewEdges(GraphicsContext gc, DocumentIndex index, Rect visible,
                                          WorkflowEdge selectedEdge, CanvasStyle style, double scale) {
        int selectedIndex = -1;
        gc.setStroke(style.edge.get());
        gc.setLineWidth(1 / scale);
        gc.beginPath();
        for (int edgeIndex : index.edgesIn(visible)) {
            if (selectedEdge != null && index.edges().get(edgeIndex).equals(selectedEdge)) {
                selectedIndex = edgeIndex;
                continue;
            }
            EdgeRoute route = index.route(edgeIndex);
            gc.moveTo(route.start().x(), route.start().y());
            gc.lineTo(route.end().x(), route.end().y());
        }
        gc.stroke();
        if (selectedIndex >= 0) {
            drawEdge(gc, index.route(selectedIndex), style.selection.get(), 3, scale);
        }
    }

    /** The selected edge as usual (the raster overview leaves it out). */
    private static void drawSelectedEdge(GraphicsContext gc, DocumentIndex index, List<Integer> visibleEdges,
                                         WorkflowEdge selectedEdge, CanvasStyle style, double scale) {
        if (selectedEdge == null) {
            return;
        }
        for (int edgeIndex : visibleEdges) {
            if (index.edges().get(edgeIndex).equals(selectedEdge)) {
                drawEdge(gc, index.route(edgeIndex), style.selection.get(), 3, scale);
                return;
            }
        }
    }

    /** A node's overview colour: selection or run-state colour, else its kind's colour. */
    private static Paint overviewColor(String id, String kind, boolean selected, CanvasDecorations decorations,
                                       CanvasStyle style) {
        Paint state = stateColor(decorations.runStates().get(id), style);
        return selected ? style.selection.get() : state != null ? state : KindColors.of(kind);
    }

    /** A node as one rectangle: selection or run-state colour, else its kind's colour. */
    private static void drawOverviewNode(GraphicsContext gc, WorkflowNode node, Rect rect, boolean selected,
                                         CanvasDecorations decorations, CanvasStyle style) {
        String id = node.id();
        gc.setGlobalAlpha(decorations.dimmed().contains(id) ? 0.35 : 1);
        gc.setFill(overviewColor(id, node.kind(), selected, decorations, style));
        gc.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
        gc.setGlobalAlpha(1);
    }

    private static void drawGhostEdges(GraphicsContext gc, DocumentIndex index, CanvasDecorations decorations,
                                       CanvasStyle style, double scale) {
        if (decorations.ghostEdges().isEmpty()) {
            return;
        }
        gc.setLineDashes(5, 5);
        for (Map.Entry<String, Integer> ghost : decorations.ghostEdges().entrySet()) {
            String[] ends = ghost.getKey().split("\u0000", 2);
            Rect from = index.bounds(ends[0]);
            Rect to = index.bounds(ends[1]);
            if (from == null || to == null) {
                continue;
            }
            EdgeRoute route = EdgeRoute.between(new Point(from.center().x(), from.y()), new Point(to.center().x(), to.y()));
            route = new EdgeRoute(route.start(), route.start().plus(0, -80), route.end().plus(0, -80), route.end());
            drawEdge(gc, route, style.running.get(), 1.6, scale);
            Point middle = route.midpoint();
            gc.setFill(style.running.get());
            gc.setFont(SMALL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("jump ×" + ghost.getValue(), middle.x(), middle.y() - 8);
        }
        gc.setLineDashes();
    }

    private static void drawNode(GraphicsContext gc, WorkflowNode node, Rect rect, boolean selected, boolean detail,
                                 CanvasDecorations decorations, CanvasStyle style) {
        String id = node.id();
        gc.setGlobalAlpha(decorations.dimmed().contains(id) ? 0.35 : 1);
        NodeRunState state = decorations.runStates().get(id);
        gc.setFill(style.nodeFill.get());
        gc.fillRoundRect(rect.x(), rect.y(), rect.width(), rect.height(), 10, 10);
        gc.setFill(KindColors.of(node.kind()));
        gc.fillRoundRect(rect.x(), rect.y(), 6, rect.height(), 6, 6);
        Paint stroke = stateColor(state, style);
        if (selected) {
            gc.setStroke(style.selection.get());
            gc.setLineWidth(2);
            gc.strokeRoundRect(rect.x() - 4, rect.y() - 4, rect.width() + 8, rect.height() + 8, 14, 14);
        }
        gc.setStroke(stroke == null ? (selected ? style.selection.get() : style.nodeStroke.get()) : stroke);
        gc.setLineWidth(state == NodeRunState.PAUSED_HERE ? 3.5 : selected || stroke != null ? 2.5 : 1.2);
        if (decorations.jumpOnly().contains(id)) {
            gc.setLineDashes(4, 3);
        }
        gc.strokeRoundRect(rect.x(), rect.y(), rect.width(), rect.height(), 10, 10);
        gc.setLineDashes();
        if (detail) {
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(style.text.get());
            gc.setFont(ID_FONT);
            gc.fillText(TextDisplay.visible(id), rect.x() + 22, rect.y() + 18, rect.width() - 44);
            gc.setFill(style.mutedText.get());
            gc.setFont(KIND_FONT);
            gc.fillText(node.kind() + stateLabel(state), rect.x() + 22, rect.y() + 36, rect.width() - 44);
            drawPorts(gc, rect, style);
            drawBadges(gc, id, rect, decorations, style);
        }
        gc.setGlobalAlpha(1);
    }

    private static void drawPorts(GraphicsContext gc, Rect rect, CanvasStyle style) {
        gc.setFill(style.nodeFill.get());
        gc.setStroke(style.nodeStroke.get());
        gc.setLineWidth(1.2);
        double r = NodeShape.PORT_RADIUS;
        Point in = NodeShape.inputPort(rect);
        Point out = NodeShape.outputPort(rect);
        gc.fillOval(in.x() - r, in.y() - r, 2 * r, 2 * r);
        gc.strokeOval(in.x() - r, in.y() - r, 2 * r, 2 * r);
        gc.setFill(style.edge.get());
        gc.fillOval(out.x() - r, out.y() - r, 2 * r, 2 * r);
    }

    private static void drawBadges(GraphicsContext gc, String id, Rect rect, CanvasDecorations decorations,
                                   CanvasStyle style) {
        Point dot = NodeShape.breakpointDot(rect);
        double r = NodeShape.BREAKPOINT_RADIUS;
        if (decorations.breakpoints().contains(id)) {
            gc.setFill(style.breakpoint.get());
            gc.fillOval(dot.x() - r, dot.y() - r, 2 * r, 2 * r);
        } else if (decorations.disabledBreakpoints().contains(id)) {
            gc.setStroke(style.breakpoint.get());
            gc.setLineWidth(1.5);
            gc.strokeOval(dot.x() - r, dot.y() - r, 2 * r, 2 * r);
        }
        String problem = decorations.problems().get(id);
        if (problem != null) {
            gc.setFill("error".equals(problem) ? style.error.get() : style.warning.get());
            double x = rect.maxX() - 16;
            double y = rect.y() + 4;
            gc.fillOval(x, y, 13, 13);
            gc.setFill(Color.WHITE);
            gc.setFont(SMALL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("!", x + 6.5, y + 7);
        }
        Integer count = decorations.runCounts().get(id);
        if (count != null && count > 0) {
            gc.setFill(style.mutedText.get());
            gc.setFont(SMALL_FONT);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText("×" + count, rect.maxX() - 8, rect.maxY() - 10);
        }
    }

    private static Paint stateColor(NodeRunState state, CanvasStyle style) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case RUNNING, QUEUED -> style.running.get();
            case PAUSED_HERE -> style.warning.get();
            case SUCCEEDED -> style.success.get();
            case FAILED -> style.error.get();
            case RETRYING -> style.warning.get();
            case SKIPPED -> null;
        };
    }

    private static String stateLabel(NodeRunState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case QUEUED -> " · queued";
            case RUNNING -> " · running";
            case PAUSED_HERE -> " · paused here";
            case SUCCEEDED -> " · done";
            case FAILED -> " · failed";
            case RETRYING -> " · retrying";
            case SKIPPED -> " · skipped";
        };
    }
}
