package io.github.graflowstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The one-pixel anchor changes on every pulse while work goes on, stops after, and draws nothing visible. */
@ExtendWith(ApplicationExtension.class)
class RepaintAnchorTest {
    private StackPane root;
    private final SimpleIntegerProperty state = new SimpleIntegerProperty(0);

    @Start
    void start(Stage stage) {
        root = new StackPane(new Label("window"));
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    /** Fills the anchor shows over {@code millis}, one sample per FX turn. */
    private static java.util.Set<Paint> fillsDuring(Rectangle dot, long millis) throws Exception {
        java.util.Set<Paint> fills = new java.util.HashSet<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            fills.add(WaitForAsyncUtils.asyncFx(dot::getFill).get());
            Thread.sleep(5);
        }
        return fills;
    }

    @Test
    void changesOnEveryPulseWhileWorkGoesOnThenStops(FxRobot robot) throws Exception {
        Rectangle[] dot = new Rectangle[1];
        robot.interact(() -> {
            RepaintAnchor anchor = new RepaintAnchor();
            dot[0] = (Rectangle) anchor.node();
            root.getChildren().add(anchor.node());
            // followed through a binding that nobody else keeps: the anchor must keep it
            anchor.follow(state.isEqualTo(1), Duration.millis(200));
        });
        System.gc();
        assertEquals(java.util.Set.of(Color.TRANSPARENT), fillsDuring(dot[0], 150), "idle: untouched");

        robot.interact(() -> state.set(1));
        java.util.Set<Paint> busy = fillsDuring(dot[0], 400);
        assertEquals(2, busy.size(), "busy: the fill alternates on the pulses " + busy);
        for (Paint fill : busy) {
            assertTrue(((Color) fill).getOpacity() < 0.01, "never visible: " + fill);
        }

        robot.interact(() -> state.set(2));
        Thread.sleep(600); // the tail (200 ms) is over
        Paint settled = WaitForAsyncUtils.asyncFx(dot[0]::getFill).get();
        assertEquals(java.util.Set.of(settled), fillsDuring(dot[0], 200), "after the tail it no longer changes");
    }
}
