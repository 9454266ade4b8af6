package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.ui.editor.geometry.NodeShape;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The workflow canvas: two viewport-sized canvases (the drawing, and an overlay for drag
 * feedback) redrawn at most once per pulse and only when something changed, with mouse handling
 * for select, rubber band, move, connect (drag from a node's output port), pan (middle button or
 * space + drag) and wheel zoom around the pointer. Colours come from CSS ({@code -gs-*} properties). FX thread only.
 */
public final class GraphCanvas extends Region {
    /** Style class of the canvas. */
    public static final String STYLE_CLASS = "graph-canvas";

    final CanvasStyle style = new CanvasStyle(this);
    private final EditorViewModel model;
    private final Canvas drawing = new Canvas();
    private final Canvas overlay = new Canvas();
    private final CanvasRenderer renderer = new CanvasRenderer();
    private final DamageTracker damage = new DamageTracker();
    private final AnimationTimer pulse;
    private boolean dirty = true;
    private boolean marksDirty;
    private Consumer<String> onBreakpointToggle = id -> { };
    private Consumer<String> onNodeActivated = id -> { };
    private ContextMenuFactory contextMenuFactory;
    private RunLooksAhead runLooks;

    private Mode mode = Mode.IDLE;
    private Point pressScreen;
    private Point pressWorld;
    private Point currentScreen;
    private String connectFrom;
    private String hoverTarget;
    private boolean spaceDown;

    private enum Mode { IDLE, MOVE, RUBBER_BAND, CONNECT, PAN }

    /** Builds a context menu for a node, a group, or the empty canvas (id {@code null}). */
    @FunctionalInterface
    public interface ContextMenuFactory {
        /** The menu to show, or {@code null}. */
        javafx.scene.control.ContextMenu menuFor(String id, Point world);
    }

    /** A canvas showing the editor's document. */
    public GraphCanvas(EditorViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        getChildren().addAll(drawing, overlay);
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        setMinSize(100, 100);
        model.indexProperty().addListener((obs, old, now) -> redraw());
        model.viewportProperty().addListener((obs, old, now) -> redraw());
        model.decorationsProperty().addListener((Observable observable) -> redrawMarks());
        model.selectedEdgeProperty().addListener((obs, old, now) -> redraw());
        model.selection().addListener((SetChangeListener<String>) change -> redraw());
        for (var property : List.of(style.background, style.grid, style.nodeFill, style.nodeStroke, style.text,
                style.edge, style.selection, style.groupFill, style.groupStroke)) {
            property.addListener((obs, old, now) -> redraw());
        }
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    marksDirty = false;
                    paint();
                } else if (marksDirty) {
                    marksDirty = false;
                    paintMarks();
                }
                stop();
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                pulse.stop();
                cancelRunLooks();
            } else {
                redraw();
            }
        });
        installHandlers();
    }

    /** Called when the user clicks a node's breakpoint dot. */
    public void setOnBreakpointToggle(Consumer<String> handler) {
        this.onBreakpointToggle = handler;
    }

    /** Called when a node is double-clicked. */
    public void setOnNodeActivated(Consumer<String> handler) {
        this.onNodeActivated = handler;
    }

    /** Supplies context menus. */
    public void setContextMenuFactory(ContextMenuFactory factory) {
        this.contextMenuFactory = factory;
    }

    /**
     * Paints the run looks of the nodes in view off screen a few times ({@link RunLooksAhead}), so
     * that the first run does not paint them for the first time; answers when that is done.
     */
    public ReadOnlyBooleanProperty prepareRunLooks() {
        if (runLooks == null) {
            runLooks = new RunLooksAhead(model, style);
            runLooks.start();
        }
        return runLooks.doneProperty();
    }

    /** Stops painting the run looks ahead (the window closes). */
    public void cancelRunLooks() {
        if (runLooks != null) {
            runLooks.cancel();
        }
    }

    /** Schedules a repaint on the next pulse. */
    public void redraw() {
        dirty = true;
        damage.invalidate();
        requestPaint();
    }

    /**
     * Asks for one pulse to paint in. The timer runs only until it has painted, so an idle
     * canvas does not keep JavaFX pulsing sixty times a second.
     */
    private void requestPaint() {
        if (getScene() != null) {
            pulse.start();
        }
    }

    /**
     * Schedules a repaint of the nodes whose decorations changed (run state, count, breakpoint,
     * badge, dimming). The decorations are read again at the next pulse even when the value set
     * is equal to the last one: the runner republishes the same live views of its run.
     */
    private void redrawMarks() {
        marksDirty = true;
        requestPaint();
    }

    /** Paints now (tests and benchmarks). */
    public void paintNow() {
        dirty = false;
        marksDirty = false;
        paint();
    }

    /**
     * Repaints now what changed in the decorations since the last paint (tests and benchmarks);
     * returns the number of areas repainted, or -1 for a full frame.
     */
    int paintMarksNow() {
        marksDirty = false;
        return paintMarks();
    }

    /** Nodes drawn in the last frame. */
    public long drawnNodes() {
        return renderer.drawnNodes();
    }

    /** The screen point (in this node's coordinates) of a world point. */
    public Point toLocal(Point world) {
        return model.viewportProperty().get().toScreen(world);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (drawing.getWidth() != width || drawing.getHeight() != height) {
            drawing.setWidth(width);
            drawing.setHeight(height);
            overlay.setWidth(width);
            overlay.setHeight(height);
            model.resize(width, height);
            redraw();
        }
    }

    private void paint() {
        GraphicsContext gc = drawing.getGraphicsContext2D();
        CanvasDecorations decorations = model.decorationsProperty().get();
        Viewport view = model.viewportProperty().get();
        renderer.draw(gc, model.index(), view, model.selection(), model.selectedEdgeProperty().get(), decorations, style);
        damage.painted(renderer.shownNodes(), renderer.shownGroups(), decorations);
        paintOverlay();
    }

    /**
     * Repaints only the nodes whose look changed, or everything when that cannot be told; returns
     * the number of areas repainted, or -1 for a full frame.
     */
    private int paintMarks() {
        CanvasDecorations decorations = model.decorationsProperty().get();
        Viewport view = model.viewportProperty().get();
        List<Rect> areas = damage.changedAreas(model.index(), view, decorations);
        if (areas == null) {
            paint();
            return -1;
        }
        GraphicsContext gc = drawing.getGraphicsContext2D();
        for (Rect area : areas) {
            if (area.width() > 0 && area.height() > 0) {
                renderer.repaint(gc, model.index(), view, area, model.selection(), model.selectedEdgeProperty().get(),
                        decorations, style);
            }
        }
        return areas.size();
    }

    /**
     * Draws the drag feedback. The overlay is hidden when there is none: a full-size canvas over
     * the drawing, even a transparent one, is composited again whenever the drawing changes.
     */
    private void paintOverlay() {
        boolean showing = (mode == Mode.RUBBER_BAND || mode == Mode.CONNECT) && currentScreen != null;
        if (!showing) {
            if (overlay.isVisible()) {
                overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
                overlay.setVisible(false);
            }
            return;
        }
        overlay.setVisible(true);
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (mode == Mode.RUBBER_BAND) {
            Rect band = Rect.spanning(pressScreen, currentScreen);
            gc.setFill(Color.color(0.18, 0.43, 0.93, 0.12));
            gc.fillRect(band.x(), band.y(), band.width(), band.height());
            gc.setStroke(style.selection.get());
            gc.setLineWidth(1);
            gc.strokeRect(band.x(), band.y(), band.width(), band.height());
        } else {
            Viewport view = model.viewportProperty().get();
            Point start = view.toScreen(NodeShape.outputPort(model.index().bounds(connectFrom)));
            boolean refused = hoverTarget != null && model.connectionProblem(connectFrom, hoverTarget) != null;
            gc.setStroke(refused ? style.error.get() : style.selection.get());
            gc.setLineWidth(2);
            gc.setLineDashes(6, 4);
            gc.strokeLine(start.x(), start.y(), currentScreen.x(), currentScreen.y());
            gc.setLineDashes();
            if (hoverTarget != null) {
                Rect target = model.index().bounds(hoverTarget);
                Point a = view.toScreen(new Point(target.x(), target.y()));
                gc.setLineWidth(3);
                gc.strokeRoundRect(a.x() - 3, a.y() - 3, target.width() * view.scale() + 6,
                        target.height() * view.scale() + 6, 12, 12);
            }
        }
    }

    // ----- input ------------------------------------------------------------------------------

    private void installHandlers() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, event -> {
            double factor = Math.pow(1.0015, event.getDeltaY());
            model.zoomAround(new Point(event.getX(), event.getY()), factor);
            event.consume();
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, event -> {
            Object source = event.getGestureSource();
            if (source instanceof javafx.scene.Node node && node.getUserData() instanceof PaletteView.KindDrag drag) {
                Point world = model.viewportProperty().get().toWorld(new Point(event.getX(), event.getY()));
                model.addNode(drag.kind(), world);
                requestFocus();
                event.consume();
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = true;
                setCursor(Cursor.OPEN_HAND);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                model.deleteSelection();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                model.clearSelection();
                event.consume();
            }
        });
        setOnKeyReleased(event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                setCursor(Cursor.DEFAULT);
            }
        });
    }

    private Point world(MouseEvent event) {
        return model.viewportProperty().get().toWorld(new Point(event.getX(), event.getY()));
    }

    private double pickTolerance() {
        return 4 / model.viewportProperty().get().scale();
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        pressScreen = new Point(event.getX(), event.getY());
        pressWorld = world(event);
        currentScreen = pressScreen;
        if (event.getButton() == MouseButton.MIDDLE || (event.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
            setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        boolean additive = event.isShiftDown() || event.isShortcutDown();
        DocumentIndex index = model.index();
        String node = index.nodeAt(pressWorld);
        if (node == null) {
            node = portOwnerAt(pressWorld);
        }
        if (node != null) {
            Rect rect = index.bounds(node);
            if (NodeShape.onOutputPort(rect, pressWorld, pickTolerance())) {
                mode = Mode.CONNECT;
                connectFrom = node;
                return;
            }
            if (NodeShape.onBreakpointDot(rect, pressWorld, pickTolerance())) {
                onBreakpointToggle.accept(node);
                mode = Mode.IDLE;
                return;
            }
            selectForPress(node, additive);
            return;
        }
        String group = index.groupAt(pressWorld);
        if (group != null) {
            if (NodeShape.onOutputPort(index.bounds(group), pressWorld, pickTolerance() + 4)) {
                mode = Mode.CONNECT;
                connectFrom = group;
                return;
            }
            selectForPress(group, additive);
            return;
        }
        int edge = index.edgeAt(pressWorld, pickTolerance() + 3);
        if (edge >= 0) {
            WorkflowEdge picked = index.edges().get(edge);
            model.selectEdge(picked);
            mode = Mode.IDLE;
            return;
        }
        if (!additive) {
            model.clearSelection();
        }
        mode = Mode.RUBBER_BAND;
    }

    private String portOwnerAt(Point world) {
        for (String id : model.index().nodesIn(new Rect(world.x() - 12, world.y() - 12, 24, 24))) {
            if (NodeShape.onOutputPort(model.index().bounds(id), world, pickTolerance())) {
                return id;
            }
        }
        return null;
    }

    private void selectForPress(String id, boolean additive) {
        if (additive) {
            model.select(id, true);
            mode = Mode.IDLE;
            return;
        }
        if (!model.selection().contains(id)) {
            model.select(id, false);
        }
        model.beginMove();
        mode = Mode.MOVE;
    }

    private void dragged(MouseEvent event) {
        Point screen = new Point(event.getX(), event.getY());
        switch (mode) {
            case PAN -> model.panBy(screen.x() - currentScreen.x(), screen.y() - currentScreen.y());
            case MOVE -> {
                Point now = world(event);
                model.dragMove(Math.round(now.x() - pressWorld.x()), Math.round(now.y() - pressWorld.y()));
            }
            case CONNECT -> {
                Point now = world(event);
                String target = model.index().nodeAt(now);
                if (target == null) {
                    target = model.index().groupAt(now);
                }
                hoverTarget = connectFrom.equals(target) ? null : target;
                setCursor(hoverTarget != null && model.connectionProblem(connectFrom, hoverTarget) != null
                        ? Cursor.DISAPPEAR : Cursor.CROSSHAIR);
            }
            default -> {
            }
        }
        currentScreen = screen;
        if (mode == Mode.RUBBER_BAND || mode == Mode.CONNECT) {
            paintOverlay();
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        switch (mode) {
            case MOVE -> model.endMove();
            case RUBBER_BAND -> {
                Rect band = Rect.spanning(pressWorld, world(event));
                if (band.width() > 2 || band.height() > 2) {
                    model.selectInRect(band, event.isShiftDown() || event.isShortcutDown());
                }
            }
            case CONNECT -> {
                if (hoverTarget != null) {
                    model.connect(connectFrom, hoverTarget);
                }
            }
            default -> {
            }
        }
        mode = Mode.IDLE;
        connectFrom = null;
        hoverTarget = null;
        setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        paintOverlay();
    }

    private void clicked(MouseEvent event) {
        Point at = world(event);
        String id = model.index().nodeAt(at);
        if (id == null) {
            id = model.index().groupAt(at);
        }
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && id != null) {
            onNodeActivated.accept(id);
        } else if (event.getButton() == MouseButton.SECONDARY && contextMenuFactory != null) {
            if (id != null && !model.selection().contains(id)) {
                model.select(id, false);
            }
            var menu = contextMenuFactory.menuFor(id, at);
            if (menu != null) {
                menu.show(this, event.getScreenX(), event.getScreenY());
            }
        }
    }

    // ----- CSS -------------------------------------------------------------------------------

    /** The CSS properties of this class. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CanvasStyle.cssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
