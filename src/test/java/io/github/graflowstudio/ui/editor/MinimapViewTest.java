package io.github.graflowstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.bench.GridWorkflow;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The minimap draws its miniature again only when the document or its scale changes (a pan
 * inside the document moves just the frame), and draws a big document as pixels where its
 * nodes are.
 */
@ExtendWith(ApplicationExtension.class)
class MinimapViewTest {
    private EditorViewModel small;
    private EditorViewModel big;
    private MinimapView smallMap;
    private MinimapView bigMap;

    @Start
    void start(Stage stage) {
        small = new EditorViewModel(GridWorkflow.of(30));
        big = new EditorViewModel(GridWorkflow.of(OverviewRaster.THRESHOLD + 500));
        smallMap = new MinimapView(small);
        bigMap = new MinimapView(big);
        stage.setScene(new Scene(new StackPane(smallMap, bigMap), 600, 400));
        stage.show();
    }

    @Test
    void aPanInsideTheDocumentMovesOnlyTheFrameAndAnEditDrawsTheMiniatureAgain(FxRobot robot) {
        int[] draws = new int[6];
        Rect[] extents = new Rect[2];
        robot.interact(() -> {
            small.resize(400, 300);
            small.viewportProperty().set(small.viewportProperty().get().centerOn(small.index().extent().center()));
            draws[0] = smallMap.miniatureDraws();
            small.panBy(30, 10);
            small.panBy(-30, -10);
            draws[1] = smallMap.miniatureDraws();
            extents[0] = small.index().extent();
            small.select("n7", false); // inside the grid: the document's extent stays the same
            small.deleteSelection();
            extents[1] = small.index().extent();
            draws[2] = smallMap.miniatureDraws();
            small.select("n8", false);
            small.select("n9", true);
            small.groupSelection();
            draws[3] = smallMap.miniatureDraws();
            small.addNode("echo", new Point(small.index().extent().maxX() + 300, 0));
            draws[4] = smallMap.miniatureDraws();
            small.panBy(1_000_000, 0); // far outside the document: the miniature's scale changes
            draws[5] = smallMap.miniatureDraws();
        });
        assertEquals(draws[0], draws[1], "panning inside the document does not draw the miniature");
        assertEquals(extents[0], extents[1]);
        assertEquals(draws[1] + 1, draws[2], "an edit inside the document draws it once");
        assertEquals(draws[2] + 1, draws[3], "so does a new group");
        assertEquals(draws[3] + 1, draws[4], "and a node that widens the document");
        assertEquals(draws[4] + 1, draws[5], "a view beyond the document changes its scale");
        assertFalse(smallMap.rasterised(), "a small document is drawn as shapes");
    }

    @Test
    void aBigDocumentIsDrawnAsPixelsWhereItsNodesAre(FxRobot robot) {
        Point[] corners = new Point[1];
        int[] colors = new int[3];
        WritableImage[] shot = new WritableImage[1];
        double[] scales = new double[2];
        robot.interact(() -> {
            PixelImage pixels = bigMap.pixels();
            assertTrue(bigMap.rasterised());
            scales[0] = pixels.width();
            scales[1] = Math.ceil(200 * Math.max(1, bigMap.getScene().getWindow().getRenderScaleX()));
            Rect first = big.index().bounds("n0");
            corners[0] = minimapPoint(first.center());
            double pixelScale = pixels.width() / 200.0;
            colors[0] = pixels.pixel((int) (corners[0].x() * pixelScale), (int) (corners[0].y() * pixelScale));
            colors[1] = pixels.pixel(1, 1);
            colors[2] = PixelImage.premultiplied(Color.web("#5c6bc0", 0.85), 1);
            shot[0] = bigMap.snapshot(null, null);
        });
        assertEquals(scales[1], scales[0], "drawn at the window's scale");
        assertEquals(colors[2], colors[0], "n0's pixel has the node colour");
        assertEquals(0, colors[1], "the margin is empty");
        Color shown = shot[0].getPixelReader().getColor((int) corners[0].x(), (int) corners[0].y());
        assertNotEquals(Color.WHITE, shown, "the pixels are on screen: " + shown);
        assertTrue(shown.getBlue() > shown.getRed(), "bluish where n0 is: " + shown);
    }

    @Test
    void inABigDocumentANodeInAGroupIsBlendedOverTheGroupsTint(FxRobot robot) {
        int[] colors = new int[2];
        robot.interact(() -> {
            big.select("n0", false);
            big.select("n1", true);
            big.groupSelection();
            PixelImage pixels = bigMap.pixels();
            double pixelScale = pixels.width() / 200.0;
            Point centre = minimapPoint(big.index().bounds("n0").center());
            colors[0] = pixels.pixel((int) (centre.x() * pixelScale), (int) (centre.y() * pixelScale));
            colors[1] = PixelImage.over(PixelImage.premultiplied(Color.web("#5c6bc0", 0.85), 1),
                    PixelImage.premultiplied(Color.web("#a26bb0", 0.35), 1));
        });
        assertEquals(Integer.toHexString(colors[1]), Integer.toHexString(colors[0]), "node over group");
    }

    @Test
    void overBlendsPremultipliedColoursLikeACanvas() {
        int red = PixelImage.premultiplied(Color.RED, 1);
        int halfBlue = PixelImage.premultiplied(Color.BLUE, 0.5);
        assertEquals(red, PixelImage.over(red, halfBlue), "an opaque colour covers");
        assertEquals(halfBlue, PixelImage.over(halfBlue, 0), "over nothing, a colour stays itself");
        int mixed = PixelImage.over(halfBlue, red);
        assertEquals(0xFF, mixed >>> 24, "opaque below, opaque result");
        assertEquals(0x80, (mixed >> 16) & 0xFF, 1, "half the red shows through");
        assertEquals(0x80, mixed & 0xFF, 1, "half the blue");
    }

    @Test
    void aLayerOfShapesSharingAPixelPaintsItOnce(FxRobot robot) {
        int halfBlue = PixelImage.premultiplied(Color.BLUE, 0.5);
        int[] pixels = new int[4];
        robot.interact(() -> {
            PixelImage image = new PixelImage();
            image.reset(4, 4);
            image.mark(0, 0, 1.5, 1.5); // rounded out to pixels (0..1, 0..1)
            image.mark(1.2, 1.2, 2, 2); // shares pixel (1, 1)
            image.blendMarked(halfBlue);
            pixels[0] = image.pixel(1, 1);
            pixels[1] = image.pixel(0, 0);
            pixels[2] = image.pixel(3, 3);
            image.blend(1, 1, 2, 2, halfBlue); // a second layer does blend over the first
            pixels[3] = image.pixel(1, 1);
        });
        assertEquals(halfBlue, pixels[0], "painted once where the shapes overlap");
        assertEquals(halfBlue, pixels[1]);
        assertEquals(0, pixels[2], "unmarked pixels stay empty");
        assertEquals(PixelImage.over(halfBlue, halfBlue), pixels[3]);
    }

    /** Inverse of {@link MinimapView#toWorld}, found from two of its points. */
    private Point minimapPoint(Point world) {
        Point origin = bigMap.toWorld(0, 0);
        Point unit = bigMap.toWorld(1, 1);
        return new Point((world.x() - origin.x()) / (unit.x() - origin.x()),
                (world.y() - origin.y()) / (unit.y() - origin.y()));
    }
}
