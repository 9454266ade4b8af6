package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The context tab of studio sets: channel values, results, values that could not be written
 * (marked as errors, with type and reason) and run settings in a tree table whose children are
 * made only when a node is expanded. FX thread only.
 */
final class ContextPane extends BorderPane {
    private final TreeTableView<ValueNode> tree = new TreeTableView<>();

    ContextPane(ContextViewModel model) {
        Label summary = new Label();
        summary.setId("contextSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setPadding(new Insets(4, 6, 4, 6));
        tree.setId("contextTree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().setAll(java.util.List.of(column("Key", 220, ValueNode::key),
                column("Type", 110, ValueNode::type), column("Value", 320, ValueNode::value),
                column("Note", 260, node -> node.note() == null ? "" : node.note())));
        tree.setRowFactory(view -> new MarkedRow());
        show(model.rootProperty().get());
        model.rootProperty().addListener((obs, old, now) -> show(now));
        setTop(summary);
        setCenter(tree);
    }

    private void show(ValueNode root) {
        TreeItem<ValueNode> item = item(root);
        item.setExpanded(true);
        for (TreeItem<ValueNode> group : item.getChildren()) {
            group.setExpanded(true);
        }
        tree.setRoot(item);
    }

    private static TreeTableColumn<ValueNode, String> column(String title, double width,
                                                             java.util.function.Function<ValueNode, String> text) {
        TreeTableColumn<ValueNode, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(features -> new javafx.beans.property.ReadOnlyStringWrapper(
                features.getValue() == null || features.getValue().getValue() == null ? ""
                        : text.apply(features.getValue().getValue())));
        return column;
    }

    /** A tree item whose children are made from the value node on first expansion. */
    static TreeItem<ValueNode> item(ValueNode node) {
        return new LazyItem(node);
    }

    private static final class LazyItem extends TreeItem<ValueNode> {
        private boolean built;

        LazyItem(ValueNode node) {
            super(node);
        }

        @Override
        public boolean isLeaf() {
            return !getValue().hasChildren();
        }

        @Override
        public ObservableList<TreeItem<ValueNode>> getChildren() {
            if (!built) {
                built = true;
                java.util.List<TreeItem<ValueNode>> children = new java.util.ArrayList<>();
                for (ValueNode child : getValue().children()) {
                    children.add(new LazyItem(child));
                }
                super.getChildren().setAll(children);
            }
            return super.getChildren();
        }
    }

    /** Rows of marked values get the mark's class and the note as tooltip. */
    private static final class MarkedRow extends TreeTableRow<ValueNode> {
        @Override
        protected void updateItem(ValueNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("value-marked-error", "value-marked-warning");
            setTooltip(null);
            if (empty || node == null) {
                return;
            }
            if (node.mark() != Severity.NONE) {
                getStyleClass().add("value-marked-" + node.mark().wireName());
            }
            if (node.note() != null) {
                setTooltip(new Tooltip(node.note()));
            }
        }
    }
}
