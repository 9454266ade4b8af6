package io.github.graflowstudio.ui.app;

import io.github.graflowstudio.ui.editor.EditorViewModel;
import io.github.graflowstudio.ui.editor.TextDisplay;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * Find (Ctrl+F): a small popup over the canvas; typing part of an id lists matches, Enter jumps
 * to and selects the first (or the highlighted) one, Escape closes. FX thread only.
 */
final class FindPopup {
    private FindPopup() {
    }

    static void show(Node anchor, EditorViewModel editor) {
        Popup popup = new Popup();
        popup.setAutoHide(true);
        TextField field = new TextField();
        field.setId("findField");
        field.setPromptText("Find a task by id");
        ListView<String> matches = new ListView<>();
        matches.setId("findMatches");
        matches.setPrefSize(280, 160);
        matches.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : TextDisplay.visible(item));
            }
        });
        field.textProperty().addListener((obs, old, text) -> {
            matches.getItems().setAll(editor.find(text));
            if (!matches.getItems().isEmpty()) {
                matches.getSelectionModel().selectFirst();
            }
        });
        Runnable jump = () -> {
            String chosen = matches.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                editor.reveal(chosen);
                popup.hide();
            } else {
                editor.messageProperty().set("No task matches '" + field.getText() + "'");
            }
        };
        field.setOnAction(event -> jump.run());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                matches.getSelectionModel().selectNext();
                event.consume();
            } else if (event.getCode() == KeyCode.UP) {
                matches.getSelectionModel().selectPrevious();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        matches.setOnMouseClicked(event -> jump.run());
        VBox box = new VBox(4, new Label("Find"), field, matches);
        box.setStyle("-fx-background-color: -fx-background; -fx-padding: 8; -fx-border-color: -fx-box-border;");
        popup.getContent().add(box);
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMinX() + 20, bounds.getMinY() + 20);
        field.requestFocus();
    }
}
