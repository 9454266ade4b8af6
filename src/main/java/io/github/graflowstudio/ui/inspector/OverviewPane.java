package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The overview beside the tabs: a coloured worst-severity badge with the flag counts, the format,
 * each file's status, the pickle check, the meta fields with every user-metadata entry as a tree,
 * and the state (completed tasks in order, cycle counts, resuming task), and what the comparison
 * with the open workflow found. FX thread only.
 */
final class OverviewPane extends ScrollPane {
    private final VBox content = new VBox(6);
    private final Label badge = new Label();
    private final Label counts = new Label();
    private final Label workflow = new Label();

    OverviewPane(InspectorViewModel model) {
        setId("overview");
        setFitToWidth(true);
        getStyleClass().add("inspector-overview");
        content.setPadding(new Insets(10));
        badge.setId("severityBadge");
        badge.getStyleClass().add("severity-badge");
        counts.setId("flagCounts");
        workflow.setId("workflowNote");
        workflow.setWrapText(true);
        workflow.textProperty().bind(model.workflowNoteProperty());
        workflow.getStyleClass().add("inspector-muted");
        setContent(content);
        show(model.overviewProperty().get());
        model.overviewProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(InspectionOverview overview) {
        content.getChildren().clear();
        if (overview == null) {
            SeverityCells.badge(badge, Severity.NONE);
            badge.getStyleClass().removeIf(style -> style.startsWith("severity-badge-"));
            badge.getStyleClass().add("severity-badge-empty");
            badge.setText("Nothing open");
            content.getChildren().addAll(badge, new Label("Open a checkpoint set (.state.json, .meta.json, .pkl or"
                    + " .context.json)."));
            return;
        }
        SeverityCells.badge(badge, overview.worstSeverity());
        counts.setText(overview.flagCounts());
        content.getChildren().addAll(badge, counts, title("Set"), grid(
                "Format", overview.format(), "Base", overview.base()));
        for (InspectionOverview.FileLine file : overview.files()) {
            Label line = new Label(file.text(), fileIcon(file));
            line.getStyleClass().add("file-status-" + (file.expected() || file.status() != FileStatus.MISSING
                    ? file.status().wireName() : "unused"));
            content.getChildren().add(line);
        }
        Label pickle = wrapped("Pickle: " + overview.pickleCheck());
        pickle.setId("overviewPickle");
        content.getChildren().addAll(pickle, title("Meta"), grid("Checkpoint id", overview.checkpointId(),
                "Session", overview.sessionId(), "Created at", overview.createdAt(), "Steps", overview.steps(),
                "Start node", overview.startNode(), "Backend", overview.backend()));
        TreeView<ValueNode> metadata = new TreeView<>(ContextPane.item(overview.userMetadata()));
        metadata.setId("userMetadata");
        metadata.getRoot().setExpanded(true);
        metadata.setPrefHeight(130);
        metadata.setCellFactory(view -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(ValueNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.key() + ": " + node.value());
            }
        });
        content.getChildren().addAll(new Label("User metadata"), metadata, title("State"),
                grid("Resuming task", overview.resumingTask()),
                new Label("Completed tasks (" + overview.completedTasks().size() + ", in file order)"));
        content.getChildren().add(list("completedTasks", overview.completedTasks()));
        if (overview.completedNote() != null) {
            Label note = wrapped(overview.completedNote());
            note.getStyleClass().add("problem-warning");
            content.getChildren().add(note);
        }
        content.getChildren().addAll(new Label("Cycle counts (" + overview.cycleCounts().size() + ")"),
                list("cycleCounts", overview.cycleCounts()), title("Open workflow"), workflow);
    }

    private static FontIcon fileIcon(InspectionOverview.FileLine file) {
        return new FontIcon(switch (file.status()) {
            case OK -> "mdi2c-check-circle-outline";
            case INVALID -> "mdi2c-close-circle-outline";
            case MISSING -> file.expected() ? "mdi2a-alert-outline" : "mdi2m-minus-circle-outline";
        });
    }

    private static ListView<String> list(String id, java.util.List<String> items) {
        ListView<String> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(items));
        list.setId(id);
        list.setPrefHeight(Math.min(140, 26 + 24 * Math.max(1, items.size())));
        list.setPlaceholder(new Label("none"));
        return list;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("panel-title");
        return title;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTooltip(new Tooltip(text));
        return label;
    }

    /** A two-column grid of label/value pairs. */
    private static GridPane grid(String... pairs) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Label name = new Label(pairs[i]);
            name.getStyleClass().add("inspector-muted");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = wrapped(pairs[i + 1]);
            value.setId("overview-" + pairs[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            grid.addRow(i / 2, name, value);
        }
        return grid;
    }
}
