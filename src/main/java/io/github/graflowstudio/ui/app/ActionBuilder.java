package io.github.graflowstudio.ui.app;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes menu items and toolbar buttons for an action with a label, icon, shortcut, tooltip and
 * enabled state, so menus and toolbars stay consistent. FX thread only.
 */
final class ActionBuilder {
    private ActionBuilder() {
    }

    static MenuItem item(String id, String label, String icon, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    static MenuItem item(String id, String label, String icon, String shortcut, Runnable action,
                         BooleanExpression enabled) {
        MenuItem item = item(id, label, icon, shortcut, action);
        item.disableProperty().bind(enabled.not());
        return item;
    }

    static MenuItem item(String id, ObservableStringValue label, String icon, String shortcut, Runnable action,
                         BooleanExpression enabled) {
        MenuItem item = item(id, "", icon, shortcut, action, enabled);
        item.textProperty().bind(label);
        return item;
    }

    static Button button(String id, String icon, String tooltip, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        button.getStyleClass().add("tool-button");
        return button;
    }

    static Button button(String id, String icon, String tooltip, Runnable action, BooleanExpression enabled) {
        Button button = button(id, icon, tooltip, action);
        button.disableProperty().bind(enabled.not());
        return button;
    }
}
