package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pending tab: a filter bar (flagged only, severity, search, queue order) over a virtualised
 * table of the pending entries, one row per entry in queue order, sortable by any column. Flagged
 * rows carry their severity's icon and row class, and a tooltip with each flag's reason and fix.
 * The table's selection follows the view model's selected row and the other way round. FX thread
 * only.
 */
final class PendingPane extends BorderPane {
    private final TableView<PendingRow> table = new TableView<>();
    private boolean syncing;

    PendingPane(InspectorViewModel model) {
        PendingTableModel pending = model.pending();
        table.setId("pendingTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(SeverityCells.placeholder("No pending entries."));
        table.setTableMenuButtonVisible(true);
        table.getColumns().setAll(columns());
        table.setRowFactory(view -> new FlaggedRow());
        table.setItems(pending.visibleRows());
        pending.comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedRowProperty().set(now);
            }
        });
        model.selectedRowProperty().addListener((obs, old, now) -> reveal(now));
        setTop(filterBar(pending));
        setCenter(table);
    }

    /** The table (for the window and tests). */
    TableView<PendingRow> table() {
        return table;
    }

    private void reveal(PendingRow row) {
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                int at = table.getItems().indexOf(row);
                if (at >= 0) {
                    table.getSelectionModel().clearAndSelect(at);
                    table.scrollTo(Math.max(0, at - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private java.util.List<TableColumn<PendingRow, Object>> columns() {
        TableColumn<PendingRow, Object> index = SeverityCells.column("#", "colIndex", PendingRow::index,
                row -> String.valueOf(row.index()), 55);
        TableColumn<PendingRow, Object> id = SeverityCells.column("Task id", "colTaskId", PendingRow::taskIdDisplay,
                PendingRow::taskIdDisplay, 200);
        id.getStyleClass().add("mono-column");
        TableColumn<PendingRow, Object> flags = new TableColumn<>("Flags");
        flags.setId("colFlags");
        flags.setPrefWidth(250);
        flags.setCellValueFactory(features -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                features.getValue().severity()));
        flags.setCellFactory(column -> new FlagsCell());
        return java.util.List.of(index, id, flags,
                SeverityCells.column("Status", "colStatus", row -> row.entry().status(),
                        row -> InspectorFormat.visible(row.entry().status()), 80),
                SeverityCells.column("Strategy", "colStrategy", row -> row.entry().strategy(),
                        row -> row.entry().strategy() == null ? "" : row.entry().strategy(), 80),
                SeverityCells.column("Retries", "colRetries", row -> row.entry().retryCount(),
                        PendingRow::retriesText, 70),
                SeverityCells.column("Last error", "colLastError", row -> row.entry().lastError(),
                        row -> row.entry().lastError() == null ? "" : InspectorFormat.visible(row.entry().lastError()),
                        160),
                SeverityCells.column("Created at", "colCreatedAt", row -> row.entry().createdAt(),
                        PendingRow::createdAtText, 205),
                SeverityCells.column("Group", "colGroup", row -> row.entry().groupId(),
                        row -> row.entry().groupId() == null ? "" : InspectorFormat.visible(row.entry().groupId()), 90),
                SeverityCells.column("Serializable", "colSerializable", row -> row.entry().serializableVerdict(),
                        PendingRow::serializableText, 100),
                SeverityCells.column("Copies", "colCopies", PendingRow::duplicateCount,
                        row -> row.duplicateCount() == null ? "" : "×" + row.duplicateCount(), 60),
                SeverityCells.column("In workflow", "colInWorkflow", PendingRow::inWorkflow,
                        row -> row.inWorkflow() == null ? "" : row.inWorkflow() ? "yes" : "NO", 85));
    }

    private HBox filterBar(PendingTableModel pending) {
        CheckBox flagged = new CheckBox("Flagged only");
        flagged.setId("flaggedOnly");
        flagged.selectedProperty().bindBidirectional(pending.flaggedOnlyProperty());
        ComboBox<Severity> severity = new ComboBox<>();
        severity.setId("severityFilter");
        severity.getItems().setAll(Severity.NONE, Severity.INFO, Severity.WARNING, Severity.ERROR);
        severity.setButtonCell(new SeverityChoice());
        severity.setCellFactory(list -> new SeverityChoice());
        severity.valueProperty().bindBidirectional(pending.minimumSeverityProperty());
        severity.setTooltip(new Tooltip("Only entries whose worst flag is at least this severe"));
        TextField search = new TextField();
        search.setId("pendingSearch");
        search.setPromptText("Search ids, status, errors, flag codes");
        search.textProperty().bindBidirectional(pending.searchTextProperty());
        HBox.setHgrow(search, Priority.SOMETIMES);
        Button queueOrder = new Button("Queue order", new FontIcon("mdi2s-sort-numeric-ascending"));
        queueOrder.setId("queueOrder");
        queueOrder.setTooltip(new Tooltip("Drop the column sort: entries in the order they will run"));
        queueOrder.setOnAction(event -> {
            table.getSortOrder().clear();
            pending.queueOrder();
        });
        Label count = new Label();
        count.setId("pendingCount");
        count.textProperty().bind(pending.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new FontIcon("mdi2f-filter-outline"), flagged, severity, search, queueOrder, spacer,
                count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("inspector-filter-bar");
        return bar;
    }

    /** A row styled by its worst flag, with the flags' reasons and fixes as tooltip. */
    private static final class FlaggedRow extends TableRow<PendingRow> {
        private final Tooltip tooltip = new Tooltip();

        FlaggedRow() {
            tooltip.setShowDelay(Duration.millis(300));
            tooltip.setShowDuration(Duration.seconds(30));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
        }

        @Override
        protected void updateItem(PendingRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(SeverityCells.ROW_CLASSES);
            String text = empty || row == null ? null : row.tooltipText();
            if (text == null) {
                setTooltip(null);
                return;
            }
            getStyleClass().add(SeverityCells.rowClass(row.severity()));
            tooltip.setText(text);
            setTooltip(tooltip);
        }
    }

    /** The flags cell: the worst severity's icon and the codes. */
    private static final class FlagsCell extends TableCell<PendingRow, Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            PendingRow row = empty ? null : SeverityCells.rowAt(getTableView(), getIndex());
            if (row == null || !row.flagged()) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.flagCodesText());
            setGraphic(SeverityCells.icon(row.severity()));
        }
    }

    /** Severity choices: "All entries" for none. */
    private static final class SeverityChoice extends ListCell<Severity> {
        @Override
        protected void updateItem(Severity severity, boolean empty) {
            super.updateItem(severity, empty);
            if (empty || severity == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(severity == Severity.NONE ? "All severities" : "≥ " + severity.wireName());
            setGraphic(SeverityCells.icon(severity));
        }
    }
}
