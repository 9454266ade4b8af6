package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.kinds.TaskKind;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.controlsfx.control.textfield.TextFields;

/**
 * The palette of task kinds: icon, name and short description, with a search box. Drag a kind
 * onto the canvas to create a node there; double-click to add it at the centre. FX thread only.
 */
public final class PaletteView extends VBox {

    /**
     * What a palette drag carries (the gesture source's user data).
     *
     * @param kind the kind name
     */
    public record KindDrag(String kind) {
    }

    private final ListView<TaskKind> list = new ListView<>();

    /**
     * A palette of the editor's kinds.
     *
     * @param model       the editor
     * @param onAddCentre called with a kind name on double-click
     */
    public PaletteView(EditorViewModel model, Consumer<String> onAddCentre) {
        getStyleClass().add("palette");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Task kinds");
        title.getStyleClass().add("panel-title");
        TextField search = TextFields.createClearableTextField();
        search.setId("paletteSearch");
        search.setPromptText("Search kinds");
        FilteredList<TaskKind> filtered = new FilteredList<>(FXCollections.observableArrayList(model.kinds().all()));
        search.textProperty().addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
            filtered.setPredicate(kind -> needle.isEmpty() || kind.name().contains(needle)
                    || kind.description().toLowerCase(Locale.ROOT).contains(needle));
        });
        list.setId("palette");
        list.setItems(filtered);
        list.setCellFactory(view -> new KindCell(onAddCentre));
        list.setPrefWidth(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, search, list);
    }

    /** The list of kinds. */
    public ListView<TaskKind> list() {
        return list;
    }

    /**
     * One kind in the palette. Its nodes (row, icon, two labels, tooltip) are made once and
     * updated with the kind: the list updates its cells, and a spare one it measures with, on
     * every layout, and each update used to build all of them anew.
     */
    private static final class KindCell extends ListCell<TaskKind> {
        private final Circle icon = new Circle(7);
        private final Label name = new Label();
        private final Label description = new Label();
        private final HBox row = new HBox(8, icon, new VBox(1, name, description));
        private final Tooltip tooltip = new Tooltip();

        KindCell(Consumer<String> onAddCentre) {
            name.getStyleClass().add("kind-name");
            description.getStyleClass().add("kind-description");
            description.setWrapText(true);
            description.setMaxWidth(170);
            row.setPadding(new Insets(2));
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    startFullDrag();
                    event.consume();
                }
            });
            addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                if (getItem() != null && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    onAddCentre.accept(getItem().name());
                }
            });
        }

        @Override
        protected void updateItem(TaskKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(null);
            if (empty || kind == null) {
                setGraphic(null);
                setUserData(null);
                setTooltip(null);
                setId(null);
                return;
            }
            setId("kind-" + kind.name());
            setUserData(new KindDrag(kind.name()));
            icon.setFill(KindColors.of(kind.name()));
            name.setText(kind.name());
            description.setText(kind.description());
            tooltip.setText(kind.description() + "\nDrag onto the canvas, or double-click to add.");
            setTooltip(tooltip);
            setGraphic(row);
        }
    }
}
