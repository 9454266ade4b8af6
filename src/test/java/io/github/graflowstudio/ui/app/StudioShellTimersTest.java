package io.github.graflowstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.ui.editor.geometry.Point;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's timers: autosave runs on its own schedule, and an idle window stops pulsing (a
 * running animation, such as an indefinite autosave Timeline, kept JavaFX pulsing sixty times a
 * second for as long as the window was open).
 */
@ExtendWith(ApplicationExtension.class)
class StudioShellTimersTest {
    private final StudioFixture fixture = new StudioFixture();
    private StudioShell shell;

    @Start
    void start(Stage stage) {
        WorkflowDocument document = WorkflowDocument.of("timers", List.of(WorkflowNode.of("a", "echo", Map.of("value", 1), 80, 80)),
                List.of(), List.of());
        shell = new StudioShell(stage, document, new StudioShell.Options(fixture.preferences,
                fixture.folder.resolve("recovery"), window -> fixture.dialogs, Duration.millis(150)));
        fixture.shell = shell;
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void unsavedWorkIsAutosavedOnSchedule(FxRobot robot) throws Exception {
        assertFalse(shell.workspace().hasRecovery());
        robot.interact(() -> shell.editor().addNode("echo", new Point(300, 200)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.workspace().hasRecovery());
        assertTrue(shell.workspace().hasRecovery(), "the recovery file is written without any user action");
    }

    @Test
    void anIdleWindowStopsPulsing(FxRobot robot) throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        robot.interact(() -> shell.stage().getScene().addPreLayoutPulseListener(pulses::incrementAndGet));
        Thread.sleep(1500); // start-up work, first frames and deferred work settle
        var runLooks = new javafx.beans.property.ReadOnlyBooleanProperty[1];
        robot.interact(() -> runLooks[0] = shell.window().canvas().prepareRunLooks());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, runLooks[0]::get); // painted ahead, off screen
        int before = pulses.get();
        Thread.sleep(1000);
        int during = pulses.get() - before;
        assertTrue(during < 10, "pulses in an idle second: " + during);
    }
}
