package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

/**
 * The flags tab: every flag grouped by severity under headers that collapse on click; selecting a
 * flag selects its pending entry (and shows its reason and fix in the details), double-clicking it
 * also opens the pending tab. FX thread only.
 */
final class FlagsPane extends BorderPane {
    private final ListView<FlagListItem> list = new ListView<>();

    /**
     * A flags tab.
     *
     * @param model        the inspector
     * @param showPending  switches to the pending tab
     */
    FlagsPane(InspectorViewModel model, Runnable showPending) {
        FlagListModel flags = model.flags();
        list.setId("flagList");
        list.setItems(flags.items());
        list.setPlaceholder(SeverityCells.placeholder("No flags: nothing to report."));
        list.setCellFactory(view -> new FlagCell(flags));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.header()) {
                model.selectFlag(now.flag());
            }
        });
        list.setOnMouseClicked(event -> {
            FlagListItem item = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && item != null
                    && !item.header() && item.flag().pendingIndex() >= 0) {
                showPending.run();
            }
        });
        setCenter(list);
    }

    /** The list (for tests). */
    ListView<FlagListItem> list() {
        return list;
    }

    /** A header (click toggles the group) or a flag with its icon, message and hint as tooltip. */
    private static final class FlagCell extends ListCell<FlagListItem> {
        private final FlagListModel flags;

        FlagCell(FlagListModel flags) {
            this.flags = flags;
            setOnMouseClicked(event -> {
                FlagListItem item = getItem();
                if (item != null && item.header() && event.getButton() == MouseButton.PRIMARY) {
                    flags.toggle(item.severity());
                }
            });
        }

        @Override
        protected void updateItem(FlagListItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("flag-group-header");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item.text());
            setGraphic(SeverityCells.icon(item.severity()));
            if (item.header()) {
                getStyleClass().add("flag-group-header");
                setTooltip(new Tooltip("Click to " + (flags.isCollapsed(item.severity()) ? "expand" : "collapse")));
                return;
            }
            InspectionFlag flag = item.flag();
            String where = flag.pendingIndex() >= 0 ? "\nPending entry #" + flag.pendingIndex() : "";
            setTooltip(new Tooltip(flag.message() + (flag.hint() == null ? "" : "\nFix: " + flag.hint()) + where));
        }
    }
}
