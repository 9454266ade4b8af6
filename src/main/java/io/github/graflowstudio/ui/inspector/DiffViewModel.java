package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.CheckpointReader;
import io.github.graflowstudio.checkpoint.inspect.NotACheckpointException;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Two checkpoint sets side by side: reads them on a worker (the newest request wins), compares
 * them ({@link CheckpointDiff}) and shows the rows, by default only the differences, with a
 * summary line. FX thread for the properties and calls.
 */
public final class DiffViewModel {
    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final ObservableList<DiffRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DiffRow> visible = new FilteredList<>(rows, DiffRow::changed);
    private final BooleanProperty changesOnly = new SimpleBooleanProperty(this, "changesOnly", true);
    private final SimpleStringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final SimpleStringProperty leftTitle = new SimpleStringProperty(this, "leftTitle", "");
    private final SimpleStringProperty rightTitle = new SimpleStringProperty(this, "rightTitle", "");
    private final SimpleStringProperty failure = new SimpleStringProperty(this, "failure");
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final AtomicLong generation = new AtomicLong();

    /**
     * A diff view model.
     *
     * @param worker   where sets are read and compared
     * @param fxThread how results reach the FX thread
     */
    public DiffViewModel(Executor worker, Consumer<Runnable> fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
        changesOnly.addListener((obs, old, now) -> visible.setPredicate(now ? DiffRow::changed : null));
    }

    /** Reads two sets and compares them, left to right. */
    public void compare(Path left, Path right) {
        compareLater(left, null, null, right);
    }

    /** Compares an inspected set (with its channel, or {@code null} to read it) with another set, which is read first. */
    public void compare(CheckpointInspection left, ChannelContent leftChannel, Path right) {
        compareLater(left.base(), left, leftChannel, right);
    }

    private void compareLater(Path leftPath, CheckpointInspection known, ChannelContent knownChannel, Path right) {
        long mine = generation.incrementAndGet();
        loading.set(true);
        failure.set(null);
        summary.set("Comparing…");
        worker.execute(() -> {
            try {
                CheckpointInspection left = known != null ? known : CheckpointReader.read(leftPath);
                ChannelContent leftChannel = knownChannel != null ? knownChannel : ChannelContent.read(left.base());
                CheckpointInspection other = CheckpointReader.read(right);
                CheckpointDiff diff = CheckpointDiff.compare(left, leftChannel, other,
                        ChannelContent.read(other.base()));
                fxThread.accept(() -> {
                    if (generation.get() == mine) {
                        show(diff, title(left), title(other));
                    }
                });
            } catch (NotACheckpointException | RuntimeException problem) {
                fxThread.accept(() -> {
                    if (generation.get() == mine) {
                        loading.set(false);
                        failure.set(problem.getMessage());
                        summary.set("Could not compare: " + problem.getMessage());
                    }
                });
            }
        });
    }

    private static String title(CheckpointInspection inspection) {
        Path base = inspection.base();
        Path folder = base.getParent();
        String name = (folder == null || folder.getFileName() == null ? "" : folder.getFileName() + "/")
                + base.getFileName();
        String id = inspection.meta() == null ? null : inspection.meta().checkpointId();
        return name + (id == null ? "" : "  (" + InspectorFormat.visible(id) + ")");
    }

    /** Shows a computed diff (FX thread). */
    public void show(CheckpointDiff diff, String left, String right) {
        rows.setAll(diff.rows());
        summary.set(diff.summary());
        leftTitle.set(left);
        rightTitle.set(right);
        loading.set(false);
    }

    /** Every compared row. */
    public ObservableList<DiffRow> rows() {
        return rows;
    }

    /** The rows shown: only differences unless {@link #changesOnlyProperty()} is off. */
    public FilteredList<DiffRow> visibleRows() {
        return visible;
    }

    /** Whether only differences are shown (on by default). */
    public BooleanProperty changesOnlyProperty() {
        return changesOnly;
    }

    /** "3 pending added, 1 removed · step 2 → 5 · ...", or "No differences". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The left set's name and checkpoint id. */
    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle;
    }

    /** The right set's name and checkpoint id. */
    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle;
    }

    /** Why the last comparison failed, or {@code null}. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    /** Whether sets are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The rows of one section, e.g. "Pending" (for tests and callers that show one part). */
    public List<DiffRow> section(String name) {
        return rows.stream().filter(row -> row.section().equals(name)).toList();
    }
}
