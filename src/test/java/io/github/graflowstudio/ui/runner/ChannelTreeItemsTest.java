package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

/** The channel tree keeps the items of unchanged rows and ends up showing exactly the rows. */
class ChannelTreeItemsTest {

    private static ChannelRow row(String key, Object value) {
        return ChannelRow.of(key, value, false, 3);
    }

    private static List<ChannelRow> shown(TreeItem<ChannelRow> root) {
        return root.getChildren().stream().map(TreeItem::getValue).toList();
    }

    @Test
    void unchangedRowsKeepTheirItemsAndWhetherTheyAreExpanded() {
        TreeItem<ChannelRow> root = new TreeItem<>();
        List<ChannelRow> rows = new ArrayList<>(List.of(row("a", 1), row("config", Map.of("x", 1, "y", 2)),
                row("…", "10 more entries not shown")));
        ChannelTreeItems.update(root, rows);
        assertEquals(rows, shown(root));
        assertEquals(2, root.getChildren().get(1).getChildren().size(), "nested values have items");
        TreeItem<ChannelRow> first = root.getChildren().get(0);
        TreeItem<ChannelRow> config = root.getChildren().get(1);
        config.setExpanded(true);

        rows.set(2, row("…", "11 more entries not shown"));
        ChannelTreeItems.update(root, rows);
        assertEquals(rows, shown(root));
        assertSame(first, root.getChildren().get(0));
        assertSame(config, root.getChildren().get(1));
        assertTrue(config.isExpanded(), "the entry the user opened stays open");

        rows.set(0, row("a", 2));
        ChannelTreeItems.update(root, rows);
        assertNotSame(first, root.getChildren().get(0), "a changed value gets a new item");
        assertEquals(rows, shown(root));
    }

    @Test
    void randomEditsAlwaysEndInTheSameRowsAsTheList() {
        Random random = new Random(7);
        TreeItem<ChannelRow> root = new TreeItem<>();
        List<ChannelRow> rows = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int choice = random.nextInt(3);
                if (choice == 0 || rows.isEmpty()) {
                    rows.add(random.nextInt(rows.size() + 1), row("k" + random.nextInt(50), random.nextInt(5)));
                } else if (choice == 1) {
                    rows.remove(random.nextInt(rows.size()));
                } else {
                    rows.set(random.nextInt(rows.size()), row("k" + random.nextInt(50), List.of(random.nextInt(5))));
                }
            }
            ChannelTreeItems.update(root, rows);
            assertEquals(rows, shown(root), "round " + round);
        }
    }
}
