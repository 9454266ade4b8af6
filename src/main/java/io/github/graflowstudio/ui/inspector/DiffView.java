package io.github.graflowstudio.ui.inspector;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Two checkpoint sets side by side: the summary line, the two sets' names, a "changes only"
 * switch and a table of compared rows (section, key, left, right, change, note), each row
 * coloured by its kind of change. FX thread only.
 */
public final class DiffView extends BorderPane {
    private final TableView<DiffRow> table = new TableView<>();

    /** A diff view over a diff view model. */
    public DiffView(DiffViewModel model) {
        setId("diffView");
        Label summary = new Label();
        summary.setId("diffSummary");
        summary.getStyleClass().add("diff-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.setGraphic(new FontIcon("mdi2c-compare-horizontal"));
        Label left = new Label();
        left.setId("diffLeft");
        left.textProperty().bind(model.leftTitleProperty().map(title -> "Left: " + title));
        Label right = new Label();
        right.setId("diffRight");
        right.textProperty().bind(model.rightTitleProperty().map(title -> "Right: " + title));
        CheckBox changesOnly = new CheckBox("Changes only");
        changesOnly.setId("diffChangesOnly");
        changesOnly.selectedProperty().bindBidirectional(model.changesOnlyProperty());
        left.getStyleClass().add("inspector-muted");
        right.getStyleClass().add("inspector-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox switches = new HBox(16, changesOnly, spacer);
        switches.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, summary, left, right, switches);
        top.setPadding(new Insets(8));
        table.setId("diffTable");
        table.setItems(model.visibleRows());
        table.setPlaceholder(SeverityCells.placeholder("No differences."));
        table.getColumns().setAll(List.of(
                SeverityCells.column("Section", "colDiffSection", DiffRow::section, DiffRow::section, 110),
                SeverityCells.column("Key", "colDiffKey", DiffRow::key, DiffRow::key, 200),
                SeverityCells.column("Left", "colDiffLeft", DiffRow::left, DiffRow::left, 260),
                SeverityCells.column("Right", "colDiffRight", DiffRow::right, DiffRow::right, 260),
                SeverityCells.column("Change", "colDiffKind", DiffRow::kind,
                        row -> row.kind().name().toLowerCase(java.util.Locale.ROOT), 80),
                SeverityCells.column("Note", "colDiffNote", DiffRow::note, DiffRow::note, 260)));
        table.setRowFactory(view -> new KindRow());
        setTop(top);
        setCenter(table);
    }

    /** The table (for tests). */
    public TableView<DiffRow> table() {
        return table;
    }

    /** A row coloured by its kind of change, with its note as tooltip. */
    private static final class KindRow extends TableRow<DiffRow> {
        @Override
        protected void updateItem(DiffRow row, boolean empty) {
            super.updateItem(row, empty);
            for (DiffRow.Kind kind : DiffRow.Kind.values()) {
                getStyleClass().remove(kind.styleClass());
            }
            setTooltip(null);
            if (empty || row == null) {
                return;
            }
            getStyleClass().add(row.kind().styleClass());
            if (!row.note().isEmpty()) {
                setTooltip(new Tooltip(row.note()));
            }
        }
    }
}
