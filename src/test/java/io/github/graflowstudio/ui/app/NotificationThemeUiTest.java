package io.github.graflowstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notification (a run's end, a checkpoint written) is readable in either theme: its text
 * contrasts with the background the theme gives it.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationThemeUiTest {
    private Stage stage;
    private ThemeSwitcher themes;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(new Label("window")), 600, 400);
        themes = new ThemeSwitcher(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void notificationTextIsLightOnTheDarkThemeAndDarkOnTheLightOne(FxRobot robot) throws Exception {
        for (ThemeSwitcher.Theme theme : ThemeSwitcher.Theme.values()) {
            String message = "Run finished in the " + theme + " theme";
            robot.interact(() -> {
                themes.themeProperty().set(theme);
                new FxDialogService(stage).notify(message);
            });
            List<Label> labels = new ArrayList<>();
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                robot.interact(() -> labels.addAll(labelsSaying(message)));
                return !labels.isEmpty();
            });
            assertFalse(labels.isEmpty(), "the notification is shown");
            double brightness = ((Color) labels.get(0).getTextFill()).getBrightness();
            if (theme == ThemeSwitcher.Theme.DARK) {
                assertTrue(brightness > 0.7, "light text on the dark body: " + labels.get(0).getTextFill());
            } else {
                assertTrue(brightness < 0.4, "dark text on the light body: " + labels.get(0).getTextFill());
            }
        }
    }

    private static List<Label> labelsSaying(String message) {
        List<Label> found = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window instanceof PopupWindow && window.getScene() != null) {
                for (Node node : window.getScene().getRoot().lookupAll(".label")) {
                    if (node instanceof Label label && message.equals(label.getText())) {
                        found.add(label);
                    }
                }
            }
        }
        return found;
    }
}
