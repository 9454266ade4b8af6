package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The run marks of the nodes and groups in view (state border, kind line with the state, run
 * count) on a canvas layer of their own, above a drawing made without them. A run changes the
 * state of every node in view at once; repainting the whole drawing for it (grid, edges, bodies,
 * ports, texts) kept the software renderer busy for about 24 ms a frame, and a fresh
 * application's first run paid several times that. The layer repaints only the marks, and only
 * when those in view changed (docs/performance.md, "Seventh pass").
 *
 * <p>Apart only at a zoom where nodes are drawn in full ({@link #apart}): in an overview a state
 * is the node's whole colour and stays in the drawing. A dimmed node (unreachable from the start)
 * keeps its marks in the drawing too (it can only be "skipped", drawn faded), and so does a
 * selected one (its border is the selection's, under the state's). The layer is hidden
 * while it shows nothing, since a full-size canvas over the drawing is composited again at every
 * change of the drawing. FX thread only.
 */
final class RunMarks {
    private final Canvas layer;
    /** The looks of the marks shown: id, state, count, selected, jump-only, for each one. */
    private List<Object> shown = List.of();

    /** Marks on {@code layer}, which lies over the drawing and has its size. */
    RunMarks(Canvas layer) {
        this.layer = layer;
        layer.setMouseTransparent(true);
        layer.setVisible(false);
    }

    /** Whether run marks are drawn on their own layer at this view's zoom. */
    static boolean apart(Viewport view) {
        return view.scale() >= CanvasRenderer.OVERVIEW_SCALE;
    }

    /**
     * The decorations the drawing is made with: when the marks are apart, without the run states
     * and counts of the nodes and groups that are neither dimmed nor selected, else all of them.
     * The run's maps are read through a view, not copied (they may hold 100,000 entries).
     */
    static CanvasDecorations forDrawing(CanvasDecorations decorations, Viewport view, Set<String> selection) {
        if (!apart(view) || decorations.runStates().isEmpty() && decorations.runCounts().isEmpty()) {
            return decorations;
        }
        Set<String> dimmed = decorations.dimmed();
        java.util.function.Predicate<Object> kept = id -> dimmed.contains(id) || selection.contains(id);
        return decorations.withRun(new KeptOnly<>(decorations.runStates(), kept, dimmed, selection),
                new KeptOnly<>(decorations.runCounts(), kept, dimmed, selection), decorations.ghostEdges());
    }

    /**
     * Shows the marks for these decorations; with {@code force} (the drawing was painted again:
     * the view, the document or the selection changed) always, else only when the marks in view
     * changed. Returns whether it painted.
     */
    boolean paint(DocumentIndex index, Viewport view, Set<String> selection, CanvasDecorations decorations,
                  CanvasStyle style, boolean force) {
        boolean any = !decorations.runStates().isEmpty() || !decorations.runCounts().isEmpty();
        List<Object> looks = apart(view) && any ? looks(index, view, selection, decorations) : List.of();
        if (looks.equals(shown) && (!force || looks.isEmpty())) {
            return false;
        }
        shown = looks;
        GraphicsContext gc = layer.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, layer.getWidth(), layer.getHeight());
        layer.setVisible(!looks.isEmpty());
        if (!looks.isEmpty()) {
            draw(gc, index, view, selection, decorations, style);
        }
        return true;
    }

    /** Whether the layer shows marks now. */
    boolean showing() {
        return !shown.isEmpty();
    }

    /** Draws the marks of what is in view on {@code gc} (a canvas the size of the view). */
    static void draw(GraphicsContext gc, DocumentIndex index, Viewport view, Set<String> selection,
                     CanvasDecorations decorations, CanvasStyle style) {
        if (!apart(view)) {
            return;
        }
        double scale = view.scale();
        gc.setTransform(scale, 0, 0, scale, -view.originX() * scale, -view.originY() * scale);
        gc.setGlobalAlpha(1);
        Rect visible = visible(view);
        for (String groupId : index.groupsIn(visible)) {
            NodeRunState state = decorations.runStates().get(groupId);
            if (state != null && !selection.contains(groupId)) {
                CanvasRenderer.drawGroupMarks(gc, index.bounds(groupId), state, style);
            }
        }
        boolean detail = scale >= CanvasRenderer.DETAIL_SCALE;
        for (String id : index.nodesIn(visible)) {
            if (marked(id, decorations, selection)) {
                CanvasRenderer.drawNodeMarks(gc, index.node(id), index.bounds(id), decorations.runStates().get(id),
                        decorations.runCounts().get(id), detail, decorations.jumpOnly().contains(id), style);
            }
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    private static boolean marked(String id, CanvasDecorations decorations, Set<String> selection) {
        return !decorations.dimmed().contains(id) && !selection.contains(id)
                && (decorations.runStates().containsKey(id) || decorations.runCounts().containsKey(id));
    }

    private static Rect visible(Viewport view) {
        return view.toWorld(new Rect(0, 0, view.width(), view.height())).inflate(20);
    }

    private static List<Object> looks(DocumentIndex index, Viewport view, Set<String> selection,
                                      CanvasDecorations decorations) {
        List<Object> looks = new ArrayList<>();
        Rect visible = visible(view);
        for (String groupId : index.groupsIn(visible)) {
            NodeRunState state = decorations.runStates().get(groupId);
            if (state != null && !selection.contains(groupId)) {
                looks.add(groupId);
                looks.add(state);
            }
        }
        for (String id : index.nodesIn(visible)) {
            if (marked(id, decorations, selection)) {
                looks.add(id);
                looks.add(decorations.runStates().get(id));
                looks.add(decorations.runCounts().get(id));
                looks.add(decorations.jumpOnly().contains(id));
            }
        }
        return looks;
    }

    /** The entries of a map whose keys are kept (dimmed or selected), read through, not copied. */
    private static final class KeptOnly<V> extends AbstractMap<String, V> {
        private final Map<String, V> all;
        private final java.util.function.Predicate<Object> kept;
        private final Set<String> dimmed;
        private final Set<String> selection;

        KeptOnly(Map<String, V> all, java.util.function.Predicate<Object> kept, Set<String> dimmed,
                 Set<String> selection) {
            this.all = all;
            this.kept = kept;
            this.dimmed = dimmed;
            this.selection = selection;
        }

        @Override
        public V get(Object key) {
            return kept.test(key) ? all.get(key) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return kept.test(key) && all.containsKey(key);
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return java.util.stream.Stream.concat(dimmed.stream(), selection.stream()).distinct()
                    .filter(all::containsKey).map(id -> Map.entry(id, all.get(id))).collect(Collectors.toSet());
        }
    }
}
