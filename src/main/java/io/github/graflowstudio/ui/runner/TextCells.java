package io.github.graflowstudio.ui.runner;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Cells for the run's tables and lists that show their text in a {@link Text} node of their own,
 * set once as the cell's graphic, instead of in the cell's label text.
 *
 * <p>Why: JavaFX 21's label skin answers every change of a label's text by taking its text node
 * out of the scene and putting it back (LabeledSkinBase.updateChildren), which restyles it, and
 * lays the text out under a clip that is 0×0 while the cell is not laid out yet. The panels
 * change the text of every visible cell several times a second during a run: that was CSS work
 * on every refresh, and frames whose only changes were such invisible texts, which the software
 * renderer answers by repainting the whole window. Here the cell's label text stays empty and
 * only the Text node's string changes. Its fill and font follow the cell's own (so selection,
 * themes and style classes such as {@code problem-error} still colour it). Long values are cut at
 * the cell's edge instead of ending in an ellipsis.
 *
 * <p>FX thread only.
 */
final class TextCells {
    /** Style class of the Text node in these cells (tests and style sheets find it by this). */
    static final String TEXT_STYLE_CLASS = "cell-text";

    private TextCells() {
    }

    /**
     * A text node drawn like {@code cell}'s own text: its fill and font follow the cell's. Put it
     * into the cell's graphic, and set the cell to show its graphic only.
     */
    static Text textOf(Labeled cell) {
        Text text = new Text();
        text.getStyleClass().add(TEXT_STYLE_CLASS);
        text.fillProperty().bind(cell.textFillProperty());
        text.fontProperty().bind(cell.fontProperty());
        return text;
    }

    /** Makes {@code cell} show its text in a node of its own (see {@link #textOf}), and returns it. */
    private static Text install(Labeled cell) {
        Text text = textOf(cell);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cell.setGraphic(text);
        return text;
    }

    /** What a cell shows of {@code item}: nothing when it is empty. */
    private static <T> String shown(T item, boolean empty, Function<? super T, String> format) {
        return empty || item == null ? "" : format.apply(item);
    }

    /** A table cell factory showing {@code format(item)}; empty cells show nothing. */
    static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> table(Function<? super T, String> format) {
        return column -> new TableCell<>() {
            private final Text text = install(this);

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(shown(item, empty, format));
            }
        };
    }

    /** A tree-table cell factory showing {@code format(item)}; empty cells show nothing. */
    static <S, T> Callback<TreeTableColumn<S, T>, TreeTableCell<S, T>> treeTable(Function<? super T, String> format) {
        return column -> new TreeTableCell<>() {
            private final Text text = install(this);

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(shown(item, empty, format));
            }
        };
    }

    /**
     * A list cell showing {@code format(item)}, with the style class {@code style(item)} (for
     * example a log level's colour; {@code null} for none). Empty cells show nothing and have no
     * such class; the class changes only when it differs from the last item's.
     */
    static <T> ListCell<T> list(Function<? super T, String> format, Function<? super T, String> style) {
        return new ListCell<>() {
            private final Text text = install(this);
            private String styled;

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String wanted = empty || item == null ? null : style.apply(item);
                if (!java.util.Objects.equals(styled, wanted)) {
                    if (styled != null) {
                        getStyleClass().remove(styled);
                    }
                    if (wanted != null) {
                        getStyleClass().add(wanted);
                    }
                    styled = wanted;
                }
                text.setText(shown(item, empty, format));
            }
        };
    }
}
