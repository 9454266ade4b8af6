package io.github.graflowstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.ui.common.AppIcons;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start: the ETL sample is open, the welcome card shows, the theme switch works. */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {
    private final StudioFixture fixture = StudioFixture.firstRun();

    @Start
    void start(Stage stage) {
        fixture.start(stage, StudioShell.sample(StudioApplication.DEFAULT_SAMPLE));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private double canvasBrightness(FxRobot robot) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            fixture.canvas().paintNow();
            image.set(fixture.canvas().snapshot(null, null));
        });
        double total = 0;
        int samples = 0;
        for (int x = 5; x < 60; x += 7) {
            for (int y = 5; y < 60; y += 7) {
                Color color = image.get().getPixelReader().getColor(x, y);
                total += color.getBrightness();
                samples++;
            }
        }
        return total / samples;
    }

    @Test
    void sampleWelcomeAndThemeSwitch(FxRobot robot) {
        assertTrue(fixture.shell.editor().document().hasId("fetch"), "the ETL sample is open");
        robot.interact(() -> fixture.canvas().paintNow());
        assertTrue(fixture.canvas().drawnNodes() >= 5, "its tasks are drawn");
        assertTrue(robot.lookup("#welcome").query().isVisible());
        assertTrue(fixture.shell.stage().getTitle().contains("etl"));
        assertEquals(AppIcons.SIZES, fixture.shell.stage().getIcons().stream().map(icon -> (int) icon.getWidth()).toList(),
                "the window has the application icon in the sizes of assets/icons up to 256");

        robot.clickOn("#welcomeDismiss");
        assertFalse(robot.lookup("#welcome").query().isVisible());
        assertTrue(fixture.preferences.getBoolean(WelcomeCard.DISMISSED, false), "dismissed for good");

        double light = canvasBrightness(robot);
        robot.clickOn("View").clickOn("#menuThemeDark");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fixture.shell.stage().getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("dark.css")));
        double dark = canvasBrightness(robot);
        assertTrue(light > 0.8 && dark < 0.3, "canvas brightness light " + light + " dark " + dark);
        robot.clickOn("View").clickOn("#menuThemeLight");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvasBrightness(robot) > 0.8);

        robot.clickOn("Help").clickOn("#menuWelcome");
        assertTrue(robot.lookup("#welcome").query().isVisible());
    }

    @Test
    void windowsOpenedLaterHaveTheApplicationIconsToo(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.shell.window().runner().run());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fixture.shell.window().runner().history().isEmpty());
        robot.clickOn("#historyTab");
        robot.interact(() -> robot.lookup("#historyList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#openRun");
        WaitForAsyncUtils.waitForFxEvents();
        Stage record = (Stage) Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage.getTitle() != null
                        && stage.getTitle().startsWith("Run "))
                .findFirst().orElseThrow();
        assertEquals(fixture.shell.stage().getIcons(), record.getIcons(), "the run record window has the icons");
        robot.interact(record::close);
    }
}
