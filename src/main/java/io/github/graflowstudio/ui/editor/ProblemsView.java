package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.validation.ValidationProblem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The live validation panel: one row per problem; clicking a row selects its node. FX thread only. */
public final class ProblemsView extends BorderPane {

    /** A panel over the problems view model. */
    public ProblemsView(ProblemsViewModel model) {
        ListView<ValidationProblem> list = new ListView<>(model.problems());
        list.setId("problems");
        list.setPlaceholder(new javafx.scene.control.Label("No problems: the workflow is valid."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ValidationProblem problem, boolean empty) {
                super.updateItem(problem, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || problem == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String where = problem.nodeId() == null ? "" : TextDisplay.visible(problem.nodeId()) + ": ";
                setText(where + problem.message() + "  [" + problem.code() + "]");
                FontIcon icon = new FontIcon(problem.isError() ? "mdi2a-alert-circle-outline" : "mdi2a-alert-outline");
                icon.getStyleClass().add(problem.isError() ? "problem-error" : "problem-warning");
                setGraphic(icon);
                getStyleClass().add(problem.isError() ? "problem-error" : "problem-warning");
                setTooltip(problem.hint() == null ? null : new Tooltip(problem.hint()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.reveal(now));
        setCenter(list);
    }
}
