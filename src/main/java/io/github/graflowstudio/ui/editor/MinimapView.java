package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The minimap: the whole document in miniature with the visible area as a frame; click or drag
 * in it to move the view there. Redraws when the document or the view changes. FX thread only.
 */
public final class MinimapView extends StackPane {
    private static final double WIDTH = 200;
    private static final double HEIGHT = 130;
    private static final double MARGIN = 8;
    private final EditorViewModel model;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private Rect world = Rect.EMPTY;
    private double scale = 1;

    /** A minimap of the editor. */
    public MinimapView(EditorViewModel model) {
        this.model = model;
        setId("minimap");
        getStyleClass().add("minimap");
        getChildren().add(canvas);
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        model.indexProperty().addListener((obs, old, now) -> draw());
        model.viewportProperty().addListener((obs, old, now) -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
        draw();
    }

    private void moveView(MouseEvent event) {
        if (scale <= 0) {
            return;
        }
        Point target = new Point(world.x() + (event.getX() - MARGIN) / scale, world.y() + (event.getY() - MARGIN) / scale);
        model.viewportProperty().set(model.viewportProperty().get().centerOn(target));
        event.consume();
    }

    /** The world point shown at a minimap point (tests). */
    public Point toWorld(double x, double y) {
        return new Point(world.x() + (x - MARGIN) / scale, world.y() + (y - MARGIN) / scale);
    }

    private void draw() {
        DocumentIndex index = model.index();
        Viewport view = model.viewportProperty().get();
        Rect extent = index.extent();
        world = (extent.width() == 0 ? view.visibleWorld() : extent.union(view.visibleWorld())).inflate(40);
        scale = Math.min((WIDTH - 2 * MARGIN) / Math.max(1, world.width()), (HEIGHT - 2 * MARGIN) / Math.max(1, world.height()));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        gc.setFill(Color.web("#a26bb0", 0.35));
        for (var group : index.groups()) {
            fill(gc, index.bounds(group.id()));
        }
        gc.setFill(Color.web("#5c6bc0", 0.85));
        for (String id : index.nodesIn(extent.inflate(1))) {
            fill(gc, index.bounds(id));
        }
        Rect visible = view.visibleWorld();
        gc.setStroke(Color.web("#2f6fed"));
        gc.setLineWidth(1.5);
        gc.strokeRect(MARGIN + (visible.x() - world.x()) * scale, MARGIN + (visible.y() - world.y()) * scale,
                visible.width() * scale, visible.height() * scale);
    }

    private void fill(GraphicsContext gc, Rect rect) {
        gc.fillRect(MARGIN + (rect.x() - world.x()) * scale, MARGIN + (rect.y() - world.y()) * scale,
                Math.max(1.5, rect.width() * scale), Math.max(1.5, rect.height() * scale));
    }
}
