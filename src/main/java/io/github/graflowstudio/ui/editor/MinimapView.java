package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The minimap: the whole document in miniature with the visible area as a frame; click or drag
 * in it to move the view there. Two layers: the miniature, drawn again only when the document or
 * the minimap's scale changes (a pan inside the document redraws just the frame), and the frame.
 * A document of more than {@link OverviewRaster#THRESHOLD} nodes is drawn as pixels
 * ({@link PixelImage}): recording a rectangle per node cost a 100,000-node document about 65 ms
 * of FX thread and 50 ms of rendering for every pan. The minimap is cached as a bitmap, so a
 * canvas repainting underneath does not render its shadow again. FX thread only.
 */
public final class MinimapView extends StackPane {
    private static final double WIDTH = 200;
    private static final double HEIGHT = 130;
    private static final double MARGIN = 8;
    private static final Color GROUP_COLOR = Color.web("#a26bb0", 0.35);
    private static final Color NODE_COLOR = Color.web("#5c6bc0", 0.85);
    private final EditorViewModel model;
    private final Canvas miniature = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private final PixelImage pixels = new PixelImage();
    private Rect world = Rect.EMPTY;
    private double scale = 1;
    private DocumentIndex drawnIndex;
    private Rect drawnWorld;
    private double drawnPixelScale;
    private int miniatureDraws;
    private boolean rasterised;

    /** A minimap of the editor. */
    public MinimapView(EditorViewModel model) {
        this.model = model;
        setId("minimap");
        getStyleClass().add("minimap");
        getChildren().addAll(miniature, frame);
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setCache(true);
        model.indexProperty().addListener((obs, old, now) -> draw());
        model.viewportProperty().addListener((obs, old, now) -> draw());
        frame.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        frame.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
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

    /** How many times the miniature was drawn (tests). */
    int miniatureDraws() {
        return miniatureDraws;
    }

    /** Whether the miniature was last drawn as pixels (tests). */
    boolean rasterised() {
        return rasterised;
    }

    /** The pixel image of the last rasterised miniature (tests). */
    PixelImage pixels() {
        return pixels;
    }

    private void draw() {
        DocumentIndex index = model.index();
        Viewport view = model.viewportProperty().get();
        Rect extent = index.extent();
        world = (extent.width() == 0 ? view.visibleWorld() : extent.union(view.visibleWorld())).inflate(40);
        scale = Math.min((WIDTH - 2 * MARGIN) / Math.max(1, world.width()), (HEIGHT - 2 * MARGIN) / Math.max(1, world.height()));
        double pixelScale = getScene() != null && getScene().getWindow() != null
                ? Math.max(1, getScene().getWindow().getRenderScaleX()) : 1;
        if (index != drawnIndex || !world.equals(drawnWorld) || pixelScale != drawnPixelScale) {
            drawnIndex = index;
            drawnWorld = world;
            drawnPixelScale = pixelScale;
            drawMiniature(index, extent, pixelScale);
        }
        Rect visible = view.visibleWorld();
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        gc.setStroke(Color.web("#2f6fed"));
        gc.setLineWidth(1.5);
        gc.strokeRect(MARGIN + (visible.x() - world.x()) * scale, MARGIN + (visible.y() - world.y()) * scale,
                visible.width() * scale, visible.height() * scale);
    }

    private void drawMiniature(DocumentIndex index, Rect extent, double pixelScale) {
        miniatureDraws++;
        GraphicsContext gc = miniature.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        List<String> nodes = index.nodesIn(extent.inflate(1));
        rasterised = nodes.size() > OverviewRaster.THRESHOLD;
        if (!rasterised) {
            gc.setFill(GROUP_COLOR);
            for (var group : index.groups()) {
                fill(gc, index.bounds(group.id()));
            }
            gc.setFill(NODE_COLOR);
            for (String id : nodes) {
                fill(gc, index.bounds(id));
            }
            return;
        }
        if (!pixels.reset((int) Math.ceil(WIDTH * pixelScale), (int) Math.ceil(HEIGHT * pixelScale))) {
            return;
        }
        int groupColor = PixelImage.premultiplied(GROUP_COLOR, 1);
        for (var group : index.groups()) {
            fill(pixels, index.bounds(group.id()), pixelScale, groupColor);
        }
        int nodeColor = PixelImage.premultiplied(NODE_COLOR, 1);
        for (String id : nodes) {
            fill(pixels, index.bounds(id), pixelScale, nodeColor);
        }
        gc.drawImage(pixels.image(), 0, 0, WIDTH, HEIGHT);
    }

    private void fill(GraphicsContext gc, Rect rect) {
        gc.fillRect(MARGIN + (rect.x() - world.x()) * scale, MARGIN + (rect.y() - world.y()) * scale,
                Math.max(1.5, rect.width() * scale), Math.max(1.5, rect.height() * scale));
    }

    /** A rectangle in the pixel miniature: at least one pixel, as {@link PixelImage#fill} makes it. */
    private void fill(PixelImage image, Rect rect, double pixelScale, int color) {
        double left = (MARGIN + (rect.x() - world.x()) * scale) * pixelScale;
        double top = (MARGIN + (rect.y() - world.y()) * scale) * pixelScale;
        image.fill(left, top, left + rect.width() * scale * pixelScale, top + rect.height() * scale * pixelScale, color);
    }
}
