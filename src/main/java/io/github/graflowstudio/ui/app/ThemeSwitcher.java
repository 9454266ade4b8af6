package io.github.graflowstudio.ui.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/** Switches the scene between the light and the dark style sheet. FX thread only. */
public final class ThemeSwitcher {
    /** The themes. */
    public enum Theme {
        /** Light. */
        LIGHT("light.css"),
        /** Dark. */
        DARK("dark.css");

        private final String sheet;

        Theme(String sheet) {
            this.sheet = sheet;
        }

        String url() {
            return ThemeSwitcher.class.getResource("/io/github/graflowstudio/ui/theme/" + sheet).toExternalForm();
        }
    }

    private final Scene scene;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    /** Themes for a scene; starts light. */
    public ThemeSwitcher(Scene scene) {
        this.scene = scene;
        theme.addListener((obs, old, now) -> apply(old, now));
        theme.set(Theme.LIGHT);
    }

    /** The current theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private void apply(Theme old, Theme now) {
        if (old != null) {
            scene.getStylesheets().remove(old.url());
        }
        scene.getStylesheets().add(now.url());
    }
}
