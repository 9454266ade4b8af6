package io.github.graflowstudio.ui.app;

import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first-run welcome: a small card above the properties panel saying what to try (drag, run, step,
 * inspect). Dismissed once for good ("Got it"); Help → Welcome shows it again. FX thread only.
 */
public final class WelcomeCard extends VBox {
    /** Preference key remembering the dismissal. */
    public static final String DISMISSED = "welcome.dismissed";
    private final Preferences preferences;

    /** A card that remembers its dismissal in {@code preferences}. */
    public WelcomeCard(Preferences preferences) {
        this.preferences = preferences;
        setId("welcome");
        getStyleClass().add("welcome-card");
        setSpacing(6);
        setPadding(new Insets(12, 14, 12, 14));
        setMaxWidth(Double.MAX_VALUE);
        Label title = new Label("Welcome to Graflow Studio");
        title.getStyleClass().add("welcome-title");
        VBox tips = new VBox(3,
                tip("mdi2d-drag", "Drag a task kind from the palette onto the canvas"),
                tip("mdi2v-vector-polyline", "Drag from a task's right-hand port to connect it"),
                tip("mdi2p-play", "F5 runs from the start node, F9 sets a breakpoint, F10 steps"),
                tip("mdi2f-file-search-outline", "File → Open Checkpoint… inspects Graflow or Studio checkpoints"),
                tip("mdi2k-keyboard-outline", "Help → Keyboard Shortcuts lists every shortcut"));
        Button gotIt = new Button("Got it");
        gotIt.setId("welcomeDismiss");
        gotIt.setDefaultButton(false);
        gotIt.setOnAction(event -> dismiss());
        HBox buttons = new HBox(gotIt);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, tips, buttons);
        setVisible(!preferences.getBoolean(DISMISSED, false));
        managedProperty().bind(visibleProperty());
    }

    private static HBox tip(String icon, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(label, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(8, new FontIcon(icon), label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Hides the card for good. */
    public void dismiss() {
        setVisible(false);
        preferences.putBoolean(DISMISSED, true);
    }

    /** Shows the card again (Help → Welcome). */
    public void showAgain() {
        setVisible(true);
    }
}
