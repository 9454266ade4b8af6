package io.github.graflowstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.bench.GridWorkflow;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas's overview drawing (far zoomed out): every visible node is drawn, selection shows. */
@ExtendWith(ApplicationExtension.class)
class CanvasOverviewTest {
    private EditorViewModel model;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        model = new EditorViewModel(GridWorkflow.of(2_000));
        canvas = new GraphCanvas(model);
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
    }

    @Test
    void zoomedOutEveryVisibleNodeIsDrawnAndTheSelectionIsVisible(FxRobot robot) {
        Color[] pixel = new Color[1];
        int[] counts = new int[2];
        double[] scale = new double[1];
        robot.interact(() -> {
            model.zoomToFit();
            model.selectEdge(WorkflowEdge.of("n0", "n1"));
            canvas.paintNow(); // the selected edge is drawn on its own, over the batched ones
            model.select("n0", false);
            canvas.paintNow();
            Viewport view = model.viewportProperty().get();
            scale[0] = view.scale();
            counts[0] = (int) canvas.drawnNodes();
            counts[1] = model.index().nodesIn(view.visibleWorld().inflate(20)).size();
            Rect first = model.index().bounds("n0");
            Point centre = canvas.toLocal(first.center());
            WritableImage image = canvas.snapshot(null, null);
            pixel[0] = image.getPixelReader().getColor((int) centre.x(), (int) centre.y());
        });
        assertTrue(scale[0] < CanvasRenderer.OVERVIEW_SCALE, "the fit is an overview: " + scale[0]);
        assertEquals(counts[1], counts[0]);
        assertEquals(2_000, counts[0], "the whole grid fits");
        Color selection = (Color) canvas.style.selection.get();
        assertEquals(selection.getRed(), pixel[0].getRed(), 0.02, pixel[0].toString());
        assertEquals(selection.getGreen(), pixel[0].getGreen(), 0.02, pixel[0].toString());
        assertEquals(selection.getBlue(), pixel[0].getBlue(), 0.02, pixel[0].toString());
    }

    @Test
    void atFullSizeOnlyTheNodesInViewAreDrawn(FxRobot robot) {
        long[] drawn = new long[1];
        robot.interact(() -> {
            model.viewportProperty().set(Viewport.initial(canvas.getWidth(), canvas.getHeight()));
            canvas.paintNow();
            drawn[0] = canvas.drawnNodes();
        });
        assertTrue(drawn[0] > 0 && drawn[0] < 100, "culled to the view: " + drawn[0]);
    }
}
