package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parts of the canvas a change of decorations made stale. After each full frame it
 * remembers how every node and group in view looked (run state, run count, breakpoint dot,
 * problem badge, dimmed, reached only by jumps); when only the decorations change it names the
 * screen rectangles of those whose look changed, so the canvas repaints a few nodes instead of
 * the whole view. A run of 100,000 tasks republishes its states ten times a second; once the run
 * has moved past the nodes in view nothing on screen changes and nothing is repainted.
 *
 * <p>It answers "repaint everything" when it cannot tell: before the first frame, for an
 * overview with more nodes in view than {@link OverviewRaster#THRESHOLD}, when the ghost edges
 * changed (they cross the view), or when more than {@link #MAX_AREAS} things, or more than half
 * of those in view, changed at once.
 * FX thread only.
 */
final class DamageTracker {
    /** More changed nodes than this and one full frame is cheaper than many clipped ones. */
    static final int MAX_AREAS = 160;
    /**
     * A full frame also when more than this share of the nodes and groups in view changed: each
     * clipped area repaints its node's neighbours and edges too. With 28 nodes in view (100 %
     * zoom), repainting all of them one by one cost the software renderer 34 ms against 28 ms for
     * one full frame.
     */
    static final double MAX_CHANGED_SHARE = 0.5;
    /** World margin around a node's rectangle: ports, the selection ring and thick strokes. */
    private static final double MARGIN = 12;

    private final Map<String, Look> looks = new HashMap<>();
    private boolean known;
    private int ghostSignature;

    /** How a node or group looks apart from its place and text. */
    private record Look(NodeRunState state, Integer count, String problem, int flags) {
        static Look of(String id, CanvasDecorations decorations) {
            int flags = (decorations.breakpoints().contains(id) ? 1 : 0)
                    | (decorations.disabledBreakpoints().contains(id) ? 2 : 0)
                    | (decorations.dimmed().contains(id) ? 4 : 0)
                    | (decorations.jumpOnly().contains(id) ? 8 : 0);
            return new Look(decorations.runStates().get(id), decorations.runCounts().get(id),
                    decorations.problems().get(id), flags);
        }
    }

    /** Records the look of the nodes and groups a full frame showed (the renderer's own lists). */
    void painted(List<String> nodes, List<String> groups, CanvasDecorations decorations) {
        looks.clear();
        known = nodes.size() <= OverviewRaster.THRESHOLD;
        if (!known) {
            return;
        }
        for (String id : nodes) {
            looks.put(id, Look.of(id, decorations));
        }
        for (String id : groups) {
            looks.put(id, Look.of(id, decorations));
        }
        ghostSignature = decorations.ghostEdges().hashCode();
    }

    /** Forgets the last frame (a full repaint is pending): until it is painted, marks cannot be repainted alone. */
    void invalidate() {
        known = false;
        looks.clear();
    }

    /**
     * The screen rectangles (whole pixels) to repaint for these decorations, and records them
     * as painted; {@code null} when the whole view must be repainted instead.
     */
    List<Rect> changedAreas(DocumentIndex index, Viewport view, CanvasDecorations decorations) {
        if (!known || decorations.ghostEdges().hashCode() != ghostSignature) {
            return null;
        }
        List<Rect> areas = new ArrayList<>();
        int limit = Math.min(MAX_AREAS, Math.max(4, (int) (looks.size() * MAX_CHANGED_SHARE)));
        for (Map.Entry<String, Look> entry : looks.entrySet()) {
            String id = entry.getKey();
            Look now = Look.of(id, decorations);
            if (now.equals(entry.getValue())) {
                continue;
            }
            Rect bounds = index.bounds(id);
            if (bounds == null || areas.size() == limit) {
                return null;
            }
            entry.setValue(now);
            areas.add(view.toScreenPixels(bounds.inflate(MARGIN)));
        }
        return areas;
    }
}
