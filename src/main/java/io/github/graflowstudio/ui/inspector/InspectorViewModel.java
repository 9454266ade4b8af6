package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The checkpoint inspector's state: loads a set on a worker (with progress and cancel; the newest
 * load wins), and publishes the overview, the pending rows, the flags grouped by severity, the
 * pickle, context and raw tabs, the selected entry's details, and the comparison with the open
 * workflow. Exports the inspection as JSON or Markdown ({@link ExportFormat}). Uses no scene classes, so it is tested without a display.
 * FX thread for everything but the loading itself.
 */
public final class InspectorViewModel {
    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final PendingTableModel pending = new PendingTableModel();
    private final FlagListModel flags = new FlagListModel();
    private final PickleViewModel pickle;
    private final ContextViewModel context = new ContextViewModel();
    private final RawViewModel raw;
    private final SimpleObjectProperty<LoadedSet> loaded = new SimpleObjectProperty<>(this, "loaded");
    private final SimpleObjectProperty<SetExtras> extras = new SimpleObjectProperty<>(this, "extras");
    private final SimpleObjectProperty<CheckpointInspection> inspection = new SimpleObjectProperty<>(this, "inspection");
    private final SimpleObjectProperty<InspectionOverview> overview = new SimpleObjectProperty<>(this, "overview");
    private final SimpleStringProperty workflowNote = new SimpleStringProperty(this, "workflowNote", "");
    private final ObjectProperty<PendingRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ObjectProperty<InspectionFlag> selectedFlag = new SimpleObjectProperty<>(this, "selectedFlag");
    private final SimpleStringProperty details = new SimpleStringProperty(this, "details", "");
    private final InspectionLoader loader;
    private Path path;
    private List<GraphNode> workflow;

    /**
     * An inspector.
     *
     * @param worker   where sets are read and exports written (a background thread; direct in tests)
     * @param fxThread how results reach the FX thread ({@code Platform::runLater}; direct in tests)
     */
    public InspectorViewModel(Executor worker, Consumer<Runnable> fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
        this.pickle = new PickleViewModel(worker, fxThread);
        this.raw = new RawViewModel(worker, fxThread);
        this.loader = new InspectionLoader(worker, fxThread);
        selectedRow.addListener((obs, old, now) -> updateDetails());
        selectedFlag.addListener((obs, old, now) -> updateDetails());
    }

    /**
     * Opens a set, compared with an open workflow's nodes (id, kind, config) when given: pending and
     * resuming ids that neither the stored graph nor the workflow has are flagged (studio sets), and
     * every row says whether the workflow has its id.
     *
     * @param set      the base or any file of the set, or a folder holding one set
     * @param nodes    the open workflow's nodes, or {@code null} when none is open
     */
    public void open(Path set, Collection<GraphNode> nodes) {
        path = set;
        workflow = nodes == null ? null : List.copyOf(nodes);
        loader.load(set, workflow, this::publish, this::publishExtras);
    }

    /** Opens a set without an open workflow. */
    public void open(Path set) {
        open(set, null);
    }

    /** Inspects the current set again against the open workflow's nodes (or none). */
    public void recheck(Collection<GraphNode> nodes) {
        if (path != null) {
            open(path, nodes);
        }
    }

    /** Stops waiting for the running load: its result is dropped. */
    public void cancel() {
        loader.cancel();
    }

    private void publish(LoadedSet set) {
        selectedRow.set(null);
        selectedFlag.set(null);
        pending.setRows(set.rows());
        flags.setFlags(set.inspection().flags());
        overview.set(set.overview());
        extras.set(null);
        context.show(new ContextViewModel.Tree(ValueNode.group("context", "", List.of()), "Reading…"));
        pickle.setSources(set.pickles());
        raw.setInspection(set.inspection());
        workflowNote.set(set.workflowNote());
        loaded.set(set);
        inspection.set(set.inspection());
    }

    private void publishExtras(SetExtras more) {
        extras.set(more);
        context.show(more.contextTree());
        pickle.addSources(more.payloads());
    }

    /**
     * Selects a flag: its entry becomes the selected row (filters are cleared when they hide it);
     * a flag about no entry is shown on its own in the details.
     */
    public void selectFlag(InspectionFlag flag) {
        selectedFlag.set(flag);
        PendingRow row = flag == null ? null : pending.row(flag.pendingIndex());
        if (row != null && !pending.visibleRows().contains(row)) {
            pending.clearFilters();
        }
        selectedRow.set(row);
        updateDetails();
    }

    private void updateDetails() {
        PendingRow row = selectedRow.get();
        InspectionFlag flag = selectedFlag.get();
        if (row != null) {
            details.set(EntryDetails.of(row));
        } else if (flag != null) {
            details.set(EntryDetails.of(flag));
        } else {
            details.set("");
        }
    }

    /** The pending and resuming ids the workflow of the last load has, distinct, in queue order. */
    public List<String> idsToShowOnCanvas() {
        LoadedSet set = loaded.get();
        return set == null ? List.of() : set.idsIn(set.workflowIds());
    }

    /**
     * The pending and resuming ids a workflow has, distinct, in queue order: what "Show on canvas"
     * selects in the main window.
     *
     * @param nodes the open workflow's nodes, or {@code null}
     * @return the ids; empty without a set or a workflow
     */
    public List<String> idsToShowOnCanvas(Collection<GraphNode> nodes) {
        LoadedSet set = loaded.get();
        return set == null || nodes == null ? List.of()
                : set.idsIn(nodes.stream().map(GraphNode::id).collect(java.util.stream.Collectors.toSet()));
    }

    /** Writes the inspection in a format (synchronously; {@link #export} runs it on the worker). */
    public void write(ExportFormat format, Writer out) throws IOException {
        format.write(requireInspection(), out);
    }

    /**
     * Exports the inspection to a file on the worker.
     *
     * @param format JSON or Markdown
     * @param target the file
     * @param done   called on the FX thread with a message when written
     * @param failed called on the FX thread with the reason when not
     */
    public void export(ExportFormat format, Path target, Consumer<String> done, Consumer<String> failed) {
        CheckpointInspection current = requireInspection();
        worker.execute(() -> {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                format.write(current, out);
                fxThread.accept(() -> done.accept("Exported " + target.getFileName()));
            } catch (IOException | RuntimeException problem) {
                fxThread.accept(() -> failed.accept(target + " could not be written: " + problem.getMessage()));
            }
        });
    }

    private CheckpointInspection requireInspection() {
        CheckpointInspection current = inspection.get();
        if (current == null) {
            throw new IllegalStateException("No checkpoint is open");
        }
        return current;
    }

    /** The pending table. */
    public PendingTableModel pending() {
        return pending;
    }

    /** The flags grouped by severity. */
    public FlagListModel flags() {
        return flags;
    }

    /** The pickle tab. */
    public PickleViewModel pickle() {
        return pickle;
    }

    /** The context tab. */
    public ContextViewModel context() {
        return context;
    }

    /** The raw tab. */
    public RawViewModel raw() {
        return raw;
    }

    /** The current inspection, or {@code null} before the first load. */
    public ReadOnlyObjectProperty<CheckpointInspection> inspectionProperty() {
        return inspection;
    }

    /** The overview of the current inspection, or {@code null}. */
    public ReadOnlyObjectProperty<InspectionOverview> overviewProperty() {
        return overview;
    }

    /** The channel of the current (studio) set, for diffs; {@code null} while it is still being read. */
    public ChannelContent channel() {
        return extras.get() == null ? null : extras.get().channel();
    }

    /** Whether a set is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loading;
    }

    /** Load progress from 0 to 1; -1 while it cannot be told. */
    public ReadOnlyDoubleProperty progressProperty() {
        return loader.progress;
    }

    /** What is happening, or what the last load found. */
    public ReadOnlyStringProperty statusProperty() {
        return loader.status;
    }

    /** Why the last open failed, or {@code null}. */
    public ReadOnlyStringProperty failureProperty() {
        return loader.failure;
    }

    /** What the comparison with the open workflow found. */
    public ReadOnlyStringProperty workflowNoteProperty() {
        return workflowNote;
    }

    /** Milliseconds from {@code open} to the published result of the last load, or -1. */
    public ReadOnlyLongProperty loadMillisProperty() {
        return loader.loadMillis;
    }

    /** Milliseconds the FX thread spent publishing the last load (rows, overview, tabs), or -1. */
    public ReadOnlyLongProperty showMillisProperty() {
        return loader.showMillis;
    }

    /** The selected pending row (the table selects it and follows it). */
    public ObjectProperty<PendingRow> selectedRowProperty() {
        return selectedRow;
    }

    /** The selected flag. */
    public ReadOnlyObjectProperty<InspectionFlag> selectedFlagProperty() {
        return selectedFlag;
    }

    /** The details of the selected entry (or flag): every field, each flag's reason and fix. */
    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    /** The path of the current (or loading) set, or {@code null}. */
    public Path path() {
        return path;
    }

    /** The workflow nodes of the current load, or {@code null}. */
    public List<GraphNode> workflow() {
        return workflow;
    }
}
