package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;

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
    private static final Color FRAME_COLOR = Color.web("#2f6fed");
    private final EditorViewModel model;
    private final Canvas miniature = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private final PixelImage pixels = new PixelImage();
    private Rect world = Rect.EMPTY;
    private double scale = 1;
    private DocumentIndex drawnIndex;
    /** The rectangles of the drawn index's groups and nodes: x, y, width, height, one after another. */
    private double[] groupRects = new double[0];
    private double[] nodeRects = new double[0];
    private Rect drawnWorld;
    private double drawnPixelScale;
    private int miniatureDraws;
    /** The output scale of the minimap's window, kept so that its listener stays registered. */
    private final ObservableValue<Number> renderScale;

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
        // the pixel miniature follows the screen's scale (drawn first before there is a window)
        renderScale = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::renderScaleXProperty);
        renderScale.addListener((obs, old, now) -> draw());
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

    /** Whether the miniature is drawn as pixels: the document has too many nodes for shapes. */
    boolean rasterised() {
        return nodeRects.length / 4 > OverviewRaster.THRESHOLD;
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
        Window window = getScene() == null ? null : getScene().getWindow();
        double pixelScale = window == null ? 1
                : Math.max(1, Math.max(window.getRenderScaleX(), window.getRenderScaleY()));
        if (index != drawnIndex) {
            drawnIndex = index;
            groupRects = rectangles(index.groups().stream().map(group -> index.bounds(group.id())).toList());
            nodeRects = rectangles(index.nodesIn(extent.inflate(1)).stream().map(index::bounds).toList());
            drawnWorld = null;
        }
        if (!world.equals(drawnWorld) || pixelScale != drawnPixelScale) {
            drawnWorld = world;
            drawnPixelScale = pixelScale;
            drawMiniature(pixelScale);
        }
        Rect visible = view.visibleWorld();
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        gc.setStroke(FRAME_COLOR);
        gc.setLineWidth(1.5);
        gc.strokeRect(MARGIN + (visible.x() - world.x()) * scale, MARGIN + (visible.y() - world.y()) * scale,
                visible.width() * scale, visible.height() * scale);
    }

    private static double[] rectangles(List<Rect> rects) {
        double[] values = new double[rects.size() * 4];
        int i = 0;
        for (Rect rect : rects) {
            if (rect != null) {
                values[i++] = rect.x();
                values[i++] = rect.y();
                values[i++] = rect.width();
                values[i++] = rect.height();
            }
        }
        return i == values.length ? values : Arrays.copyOf(values, i);
    }

    private void drawMiniature(double pixelScale) {
        miniatureDraws++;
        GraphicsContext gc = miniature.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        if (!rasterised()) {
            gc.setFill(GROUP_COLOR);
            fill(gc, groupRects);
            gc.setFill(NODE_COLOR);
            fill(gc, nodeRects);
            return;
        }
        if (!pixels.reset((int) Math.ceil(WIDTH * pixelScale), (int) Math.ceil(HEIGHT * pixelScale))) {
            return;
        }
        // translucent like the vector miniature: groups one by one (overlapping ones look darker),
        // then the nodes as one layer (neighbours rounded out to a shared pixel are not darker)
        int groupColor = PixelImage.premultiplied(GROUP_COLOR, 1);
        forEachPixelRect(groupRects, pixelScale,
                (left, top, right, bottom) -> pixels.blend(left, top, right, bottom, groupColor));
        forEachPixelRect(nodeRects, pixelScale, pixels::mark);
        pixels.blendMarked(PixelImage.premultiplied(NODE_COLOR, 1));
        // whole pixels: at 125 % the image is a little larger than the minimap, not squeezed into it
        gc.drawImage(pixels.image(), 0, 0, pixels.width() / pixelScale, pixels.height() / pixelScale);
    }

    private void fill(GraphicsContext gc, double[] rects) {
        for (int i = 0; i < rects.length; i += 4) {
            gc.fillRect(MARGIN + (rects[i] - world.x()) * scale, MARGIN + (rects[i + 1] - world.y()) * scale,
                    Math.max(1.5, rects[i + 2] * scale), Math.max(1.5, rects[i + 3] * scale));
        }
    }

    /** The pixel rectangle of each world rectangle in the pixel miniature. */
    private void forEachPixelRect(double[] rects, double pixelScale, PixelRect action) {
        double factor = scale * pixelScale;
        double originX = MARGIN * pixelScale - world.x() * factor;
        double originY = MARGIN * pixelScale - world.y() * factor;
        for (int i = 0; i < rects.length; i += 4) {
            double left = originX + rects[i] * factor;
            double top = originY + rects[i + 1] * factor;
            action.accept(left, top, left + rects[i + 2] * factor, top + rects[i + 3] * factor);
        }
    }

    /** Receives a rectangle in image pixels. */
    private interface PixelRect {
        void accept(double left, double top, double right, double bottom);
    }
}
