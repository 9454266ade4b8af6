package io.github.graflowstudio.ui.app;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.ui.editor.GraphCanvas;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Builds a real studio window for TestFX tests with private preferences, recovery folder and fake dialogs. */
public final class StudioFixture {
    public final FakeDialogs dialogs = new FakeDialogs();
    public final Path folder;
    public final Preferences preferences;
    public StudioShell shell;

    public StudioFixture() {
        try {
            folder = Files.createTempDirectory("studio-ui");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        preferences = Preferences.userRoot().node("graflow-studio-test/" + UUID.randomUUID());
        preferences.putBoolean(WelcomeCard.DISMISSED, true);
    }

    /** A fixture as on a first start: the welcome card shows. */
    public static StudioFixture firstRun() {
        StudioFixture fixture = new StudioFixture();
        fixture.preferences.remove(WelcomeCard.DISMISSED);
        return fixture;
    }

    /** Builds the shell on the stage (call from @Start). */
    public StudioShell start(Stage stage, WorkflowDocument document) {
        shell = new StudioShell(stage, document, new StudioShell.Options(preferences, folder.resolve("recovery"),
                window -> dialogs, Duration.hours(1)));
        stage.show();
        return shell;
    }

    /** Removes the private preferences. */
    public void close() {
        try {
            preferences.removeNode();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // already gone
        }
        if (shell != null) {
            // timers belong to the FX thread; stopping them from the test thread races with a pulse
            org.testfx.util.WaitForAsyncUtils.asyncFx(shell::dispose);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    public GraphCanvas canvas() {
        return shell.window().canvas();
    }

    /** The screen point of a world point on the canvas. */
    public Point2D screenOf(Point world) {
        Point local = canvas().toLocal(world);
        return canvas().localToScreen(local.x(), local.y());
    }

    /** The screen point of a node's centre. */
    public Point2D centreOf(String id) {
        Rect rect = shell.editor().index().bounds(id);
        return screenOf(rect.center());
    }

    /** The screen point of a node's output port. */
    public Point2D outputPortOf(String id) {
        Rect rect = shell.editor().index().bounds(id);
        return screenOf(new Point(rect.maxX(), rect.center().y()));
    }

    /** Waits for pending FX work. */
    public static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
