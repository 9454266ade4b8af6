package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The pending entries for a virtualised table: all rows in queue order, a filtered view (flagged
 * only, at least a severity, a search text) and a sorted view of that for the table. Without a
 * comparator the rows stay in queue order, so "queue order" is one call away. FX thread only.
 */
public final class PendingTableModel {
    private final ObservableList<PendingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PendingRow> filtered = new FilteredList<>(rows);
    private final SortedList<PendingRow> sorted = new SortedList<>(filtered);
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    private final ObjectProperty<Severity> minimumSeverity = new SimpleObjectProperty<>(this, "minimumSeverity",
            Severity.NONE);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final SimpleStringProperty countText = new SimpleStringProperty(this, "countText", "");

    /** An empty table model. */
    public PendingTableModel() {
        flaggedOnly.addListener((obs, old, now) -> refilter());
        minimumSeverity.addListener((obs, old, now) -> refilter());
        searchText.addListener((obs, old, now) -> refilter());
        filtered.addListener((javafx.collections.ListChangeListener<PendingRow>) change -> updateCount());
        rows.addListener((javafx.collections.ListChangeListener<PendingRow>) change -> updateCount());
    }

    /** Every row in queue order. */
    public ObservableList<PendingRow> rows() {
        return rows;
    }

    /** The filtered rows in the table's order: what the table shows. */
    public SortedList<PendingRow> visibleRows() {
        return sorted;
    }

    /** Only rows with at least one flag. */
    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    /** Only rows whose worst flag is at least this severity; {@link Severity#NONE} for all rows. */
    public ObjectProperty<Severity> minimumSeverityProperty() {
        return minimumSeverity;
    }

    /** Only rows whose id, status, strategy, group, last error or flag codes contain this text (any case). */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The sort order of the visible rows; {@code null} keeps queue order (bind it to the table's comparator). */
    public ObjectProperty<Comparator<? super PendingRow>> comparatorProperty() {
        return sorted.comparatorProperty();
    }

    /** "12 of 100,000 entries" or "100,000 entries". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText;
    }

    /** Whether any filter is on. */
    public boolean filtering() {
        return flaggedOnly.get() || minimumSeverity.get() != Severity.NONE || !searchText.get().isBlank();
    }

    /** Switches every filter off. */
    public void clearFilters() {
        flaggedOnly.set(false);
        minimumSeverity.set(Severity.NONE);
        searchText.set("");
    }

    /** Queue order again: drops the comparator unless it is bound (the view then clears the table's sort order). */
    public void queueOrder() {
        if (!sorted.comparatorProperty().isBound()) {
            sorted.setComparator(null);
        }
    }

    /** The row of a queue position, or {@code null}. */
    public PendingRow row(int index) {
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    /** Replaces all rows (one change, cheap for a hundred thousand rows). */
    void setRows(List<PendingRow> all) {
        rows.setAll(all);
    }

    private void refilter() {
        boolean onlyFlagged = flaggedOnly.get();
        Severity minimum = minimumSeverity.get() == null ? Severity.NONE : minimumSeverity.get();
        String text = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        if (!onlyFlagged && minimum == Severity.NONE && text.isEmpty()) {
            filtered.setPredicate(null);
            return;
        }
        Predicate<PendingRow> predicate = row -> (!onlyFlagged || row.flagged())
                && (minimum == Severity.NONE || row.severity().compareTo(minimum) >= 0)
                && (text.isEmpty() || row.matches(text));
        filtered.setPredicate(predicate);
    }

    private void updateCount() {
        int shown = filtered.size();
        int all = rows.size();
        countText.set(shown == all ? InspectorFormat.plural(all, "entry", "entries")
                : InspectorFormat.count(shown) + " of " + InspectorFormat.plural(all, "entry", "entries"));
    }
}
