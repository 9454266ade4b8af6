package io.github.graflowstudio.ui.inspector;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The raw tab: a file of the set as bounded text in a virtualised list with line numbers (a
 * pickle as a hex dump); the problem's line is highlighted, a marker line points at its column,
 * and the list scrolls to it. FX thread only.
 */
final class RawPane extends BorderPane {
    private final ListView<RawLine> lines = new ListView<>();

    RawPane(RawViewModel model) {
        ComboBox<RawViewModel.FileChoice> file = new ComboBox<>(model.files());
        file.setId("rawFile");
        file.valueProperty().bindBidirectional(model.selectedProperty());
        Label note = new Label();
        note.textProperty().bind(model.noteProperty());
        note.getStyleClass().add("inspector-muted");
        Label problem = new Label();
        problem.setId("rawProblem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("problem-error");
        problem.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        problem.setWrapText(true);
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox bar = new HBox(8, new Label("File:"), file, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, problem);
        top.setPadding(new Insets(4, 6, 4, 6));
        lines.setId("rawLines");
        lines.setItems(model.lines());
        lines.getStyleClass().add("raw-text");
        lines.setCellFactory(view -> new LineCell());
        lines.setPlaceholder(SeverityCells.placeholder("Nothing to show."));
        model.errorRowProperty().addListener((obs, old, now) -> reveal(now.intValue()));
        setTop(top);
        setCenter(lines);
    }

    private void reveal(int row) {
        if (row >= 0 && row < lines.getItems().size()) {
            lines.scrollTo(Math.max(0, row - 5));
            lines.getSelectionModel().clearAndSelect(row);
        }
    }

    /** One line: gutter with its number, then the text; the problem's lines are highlighted. */
    private static final class LineCell extends ListCell<RawLine> {
        private final Label gutter = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(10, gutter, text);

        LineCell() {
            gutter.getStyleClass().add("raw-gutter");
            gutter.setMinWidth(56);
            gutter.setAlignment(Pos.CENTER_RIGHT);
            text.getStyleClass().add("raw-line-text");
            text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            setText(null);
        }

        @Override
        protected void updateItem(RawLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("raw-error-line", "raw-marker");
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            gutter.setText(line.gutter());
            text.setText(line.text());
            if (line.marker()) {
                getStyleClass().add("raw-marker");
            } else if (line.error()) {
                getStyleClass().add("raw-error-line");
            }
            setGraphic(box);
        }
    }
}
