package io.github.graflowstudio.ui.runner;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;

/**
 * Keeps the channel tree's items in step with the channel's rows by changing only the rows that
 * changed: an equal row keeps its item (and so whether the user expanded it), a changed row gets
 * a new item, rows past the end are added or removed. During a run the channel panel is refreshed
 * four times a second and usually only its last row ("… N more entries") changes; rebuilding
 * 2,000 items each time cost the FX thread tens of milliseconds and collapsed whatever the user
 * had opened. FX thread only.
 */
final class ChannelTreeItems {
    private ChannelTreeItems() {
    }

    /** Makes the children of {@code root} show {@code rows}, in order. */
    static void update(TreeItem<ChannelRow> root, List<ChannelRow> rows) {
        javafx.collections.ObservableList<TreeItem<ChannelRow>> items = root.getChildren();
        int common = Math.min(items.size(), rows.size());
        for (int i = 0; i < common; i++) {
            if (!items.get(i).getValue().equals(rows.get(i))) {
                items.set(i, item(rows.get(i)));
            }
        }
        if (items.size() > rows.size()) {
            items.remove(rows.size(), items.size());
        } else if (rows.size() > items.size()) {
            List<TreeItem<ChannelRow>> added = new ArrayList<>(rows.size() - items.size());
            for (int i = items.size(); i < rows.size(); i++) {
                added.add(item(rows.get(i)));
            }
            items.addAll(added);
        }
    }

    /** The item of a row, with items for its nested values. */
    static TreeItem<ChannelRow> item(ChannelRow row) {
        TreeItem<ChannelRow> item = new TreeItem<>(row);
        if (!row.children().isEmpty()) {
            List<TreeItem<ChannelRow>> children = new ArrayList<>(row.children().size());
            for (ChannelRow child : row.children()) {
                children.add(item(child));
            }
            item.getChildren().setAll(children);
        }
        return item;
    }
}
