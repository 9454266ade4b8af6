package io.github.graflowstudio.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts: every menu action with its shortcut, read from the menus themselves. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    record Row(String menu, String action, String shortcut) {
    }

    static List<Row> rows(MenuBar bar) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText().replace("_", ""), menu.getItems(), rows);
        }
        rows.add(new Row("Canvas", "Pan", "Space + drag, or middle-drag"));
        rows.add(new Row("Canvas", "Zoom around the pointer", "Mouse wheel"));
        rows.add(new Row("Canvas", "Connect", "Drag from a task's right-hand port"));
        rows.add(new Row("Canvas", "Rubber-band select", "Drag on empty canvas (Shift adds)"));
        return rows;
    }

    private static void collect(String menu, List<MenuItem> items, List<Row> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(menu, sub.getItems(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Row(menu, item.getText(), item.getAccelerator().getDisplayText()));
            }
        }
    }

    static void show(Window owner, MenuBar bar) {
        TableView<Row> table = new TableView<>();
        table.setId("shortcutsTable");
        TableColumn<Row, String> menu = new TableColumn<>("Menu");
        menu.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().menu()));
        TableColumn<Row, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().action()));
        action.setPrefWidth(220);
        TableColumn<Row, String> keys = new TableColumn<>("Shortcut");
        keys.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().shortcut()));
        keys.setPrefWidth(200);
        table.getColumns().add(menu);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        table.getItems().setAll(rows(bar));
        table.setPrefSize(560, 420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(table);
        alert.show();
    }
}
