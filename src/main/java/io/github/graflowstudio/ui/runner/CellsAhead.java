package io.github.graflowstudio.ui.runner;

import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Makes a runner table's row cells when the table is first shown, not in the middle of a run. A
 * table makes a row and its cells (a skin each, styled by CSS) the first time that many rows are
 * shown, and keeps them for later rows. In a fresh application the first rows of a run's queue
 * cost the FX thread 50-65 ms in one frame, while the engine and the JIT compilers took the
 * other core; made ahead, the first run's longest frames no longer include them
 * (docs/performance.md, "Sixth pass").
 *
 * <p>Right after the table's skin is made, the table is laid out once with sample rows and then
 * given its own rows back, in one go on the FX thread, so the sample rows are never painted. FX
 * thread only.
 */
final class CellsAhead {
    /** Sample rows: more than a table on a tall screen shows at once. */
    static final int ROWS = 60;

    private CellsAhead() {
    }

    /** Makes {@code table}'s row cells once its skin exists, from {@code sample} rows. */
    static <S> void prepare(TableView<S> table, IntFunction<S> sample) {
        table.skinProperty().addListener((obs, old, skin) -> {
            if (old == null && skin != null) {
                Platform.runLater(() -> fill(table, sample));
            }
        });
    }

    /** Lays {@code table} out with sample rows, then gives it its own rows back. */
    static <S> void fill(TableView<S> table, IntFunction<S> sample) {
        if (table.getScene() == null || !table.getItems().isEmpty()) {
            return; // not shown any more; or shown first during a run, which makes the cells itself
        }
        ObservableList<S> own = table.getItems();
        ObservableList<S> samples = FXCollections.observableArrayList();
        for (int i = 0; i < ROWS; i++) {
            samples.add(sample.apply(i));
        }
        table.setItems(samples);
        table.applyCss();
        table.layout();
        table.setItems(own);
        table.layout();
    }
}
