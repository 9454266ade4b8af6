package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Severity icons, style classes and table column helpers shared by the inspector's views: every
 * severity has an icon and a CSS class (both themes define the colours). FX thread only.
 */
final class SeverityCells {
    /** The row classes a table row may carry, one per severity. */
    static final List<String> ROW_CLASSES = List.of("inspector-row-error", "inspector-row-warning",
            "inspector-row-info");

    private SeverityCells() {
    }

    /** The icon of a severity, coloured by its class; {@code null} for none. */
    static FontIcon icon(Severity severity) {
        String literal = switch (severity) {
            case ERROR -> "mdi2a-alert-circle-outline";
            case WARNING -> "mdi2a-alert-outline";
            case INFO -> "mdi2i-information-outline";
            case NONE -> null;
        };
        if (literal == null) {
            return null;
        }
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("severity-icon-" + severity.wireName());
        return icon;
    }

    /** {@code inspector-row-error} and so on; {@code null} for none. */
    static String rowClass(Severity severity) {
        return severity == Severity.NONE ? null : "inspector-row-" + severity.wireName();
    }

    /** A label badge for a worst severity, e.g. "Worst: warning", coloured by {@code severity-badge-<name>}. */
    static void badge(Label label, Severity severity) {
        label.getStyleClass().removeIf(style -> style.startsWith("severity-badge-"));
        label.getStyleClass().add("severity-badge-" + severity.wireName());
        label.setText(severity == Severity.NONE ? "No flags" : "Worst: " + severity.wireName().toUpperCase(Locale.ROOT));
        label.setGraphic(icon(severity));
    }

    /**
     * A column whose cells show a text for the row while sorting on a raw value.
     *
     * @param title the header
     * @param id    the column id (for tests and the column menu)
     * @param value the sort value (Comparable or {@code null})
     * @param text  the shown text
     * @param width the preferred width
     */
    static <S> TableColumn<S, Object> column(String title, String id, Callback<S, Object> value,
                                             Callback<S, String> text, double width) {
        TableColumn<S, Object> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(features -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                value.call(features.getValue())));
        column.setCellFactory(owner -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty ? null : rowAt(getTableView(), getIndex());
                setText(row == null ? null : text.call(row));
            }
        });
        return column;
    }

    /** The item of a table at an index, or {@code null} (cells read their whole row through it). */
    static <S> S rowAt(javafx.scene.control.TableView<S> table, int index) {
        return table == null || index < 0 || index >= table.getItems().size() ? null : table.getItems().get(index);
    }

    /** A muted label for empty tables and lists. */
    static Node placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-muted");
        return label;
    }
}
