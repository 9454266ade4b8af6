package io.github.graflowstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text that Modena colours from the theme's base stays readable in either theme: a notification
 * (a run's end, a checkpoint written) and a field's prompt (the palette's search field, the
 * properties' hints).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastUiTest {
    private Stage stage;
    private ThemeSwitcher themes;
    private TextField field;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        field = new TextField();
        field.setPromptText("Search kinds");
        Button other = new Button("elsewhere");
        Scene scene = new Scene(new VBox(new Label("window"), other, field), 600, 400);
        other.requestFocus();
        themes = new ThemeSwitcher(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Waits until the notifications have gone by themselves: their timers keep JavaFX pulsing,
     * which a later test of an idle window would count.
     */
    @AfterEach
    void letNotificationsEnd(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> {
            boolean[] showing = {false};
            robot.interact(() -> showing[0] = Window.getWindows().stream().anyMatch(window -> window instanceof PopupWindow
                    && window.getScene() != null && !window.getScene().getRoot().lookupAll(".notification-bar").isEmpty()));
            return !showing[0];
        });
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

    @Test
    void aFieldsPromptIsReadableUntilTheFieldHasTheFocus(FxRobot robot) {
        for (ThemeSwitcher.Theme theme : ThemeSwitcher.Theme.values()) {
            Color[] prompt = new Color[2];
            boolean[] focused = new boolean[1];
            robot.interact(() -> {
                themes.themeProperty().set(theme);
                field.getScene().getRoot().applyCss();
                field.getScene().getRoot().layout();
                prompt[0] = promptFill();
                field.requestFocus();
                field.applyCss();
                focused[0] = field.isFocused(); // needs the window to have the focus
                prompt[1] = promptFill();
                field.getScene().getRoot().getChildrenUnmodifiable().get(1).requestFocus();
            });
            double background = theme == ThemeSwitcher.Theme.DARK ? 0.15 : 1.0;
            assertTrue(Math.abs(prompt[0].getBrightness() - background) > 0.25,
                    theme + ": the prompt " + prompt[0] + " stands out from the field");
            assertTrue(prompt[0].getOpacity() > 0.9, theme + ": the prompt is shown");
            if (focused[0]) {
                assertTrue(prompt[1] == null || prompt[1].getOpacity() == 0, theme + ": a focused field hides its prompt");
            }
        }
    }

    /** The fill of the field's prompt text, or {@code null} when it is not shown. */
    private Color promptFill() {
        for (Node node : field.lookupAll(".text")) {
            if (node instanceof Text text && "Search kinds".equals(text.getText()) && text.isVisible()) {
                return (Color) text.getFill();
            }
        }
        return null;
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
