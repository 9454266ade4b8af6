package io.github.graflowstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.bench.GridWorkflow;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pixel overview of a big workflow (more than {@link OverviewRaster#THRESHOLD} nodes in
 * view): nodes keep their kind, selection, run-state and dimmed colours, and every visible node
 * is counted as drawn.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewRasterTest {
    private static final int NODES = 5_000;
    private EditorViewModel model;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        model = new EditorViewModel(GridWorkflow.of(NODES));
        canvas = new GraphCanvas(model);
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
    }

    private Color colorAt(String id) {
        Point centre = canvas.toLocal(model.index().bounds(id).center());
        WritableImage image = canvas.snapshot(null, null);
        return image.getPixelReader().getColor((int) centre.x(), (int) centre.y());
    }

    private static void assertColor(Color expected, Color actual, String what) {
        assertEquals(expected.getRed(), actual.getRed(), 0.03, what + ": " + actual);
        assertEquals(expected.getGreen(), actual.getGreen(), 0.03, what + ": " + actual);
        assertEquals(expected.getBlue(), actual.getBlue(), 0.03, what + ": " + actual);
    }

    @Test
    void aZoomedOutBigWorkflowIsPaintedAsPixelsInTheOverviewColours(FxRobot robot) {
        Color[] seen = new Color[4];
        long[] drawn = new long[2];
        robot.interact(() -> {
            model.zoomToFit();
            model.select("n0", false);
            model.decorationsProperty().set(model.decorationsProperty().get()
                    .withRun(Map.of("n1", NodeRunState.SUCCEEDED), Map.of(), Map.of())
                    .withReachability(Set.of("n2"), Set.of()));
            canvas.paintNow();
            Viewport view = model.viewportProperty().get();
            drawn[0] = canvas.drawnNodes();
            drawn[1] = model.index().nodesIn(view.visibleWorld().inflate(20)).size();
            seen[0] = colorAt("n0");
            seen[1] = colorAt("n1");
            seen[2] = colorAt("n2");
            seen[3] = colorAt("n3");
        });
        assertEquals(NODES, drawn[0], "every node of the fitted grid counts as drawn");
        assertEquals(drawn[1], drawn[0]);
        assertColor((Color) canvas.style.selection.get(), seen[0], "selected");
        assertColor((Color) canvas.style.success.get(), seen[1], "succeeded");
        assertColor(KindColors.of(model.document().node("n3").orElseThrow().kind()), seen[3], "by kind");
        Color kind = KindColors.of(model.document().node("n2").orElseThrow().kind());
        assertTrue(seen[2].getBrightness() > kind.getBrightness() || seen[2].getSaturation() < kind.getSaturation(),
                "a dimmed node is faded towards the background: " + seen[2] + " vs " + kind);
    }

    @Test
    void segmentsAreClippedToTheBufferOrDropped() {
        assertArrayEquals(new double[] {0, 5, 10, 5}, PixelImage.clip(-10, 5, 20, 5, 10, 10), 1e-9);
        assertArrayEquals(new double[] {2, 0, 2, 10}, PixelImage.clip(2, -5, 2, 50, 10, 10), 1e-9);
        assertArrayEquals(new double[] {1, 1, 3, 3}, PixelImage.clip(1, 1, 3, 3, 10, 10), 1e-9);
        assertNull(PixelImage.clip(-5, -5, -1, 20, 10, 10), "left of the buffer");
        assertNull(PixelImage.clip(11, 0, 30, 10, 10, 10), "right of the buffer");
    }
}
