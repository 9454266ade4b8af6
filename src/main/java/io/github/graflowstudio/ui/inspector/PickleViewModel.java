package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.pickle.PickleGlobal;
import io.github.graflowstudio.checkpoint.pickle.PickleInstruction;
import io.github.graflowstudio.checkpoint.pickle.PickleListing;
import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import io.github.graflowstudio.checkpoint.pickle.PickleWalker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pickle tab: the sources (the set's {@code .pkl} and, for legacy sets, the payloads of
 * {@code pickle} strategy entries), an opcode listing of the selected source loaded a page at a
 * time on a worker ({@link PickleListing}), its globals with their risk, and the walk's verdict.
 * Nothing is ever loaded or run: the walker only reads opcodes. FX thread for the properties.
 */
public final class PickleViewModel {
    /** Opcodes per page of the listing. */
    public static final int PAGE_SIZE = 20_000;

    /**
     * A pickle to list. Immutable and thread-safe.
     *
     * @param label   what the chooser shows
     * @param file    the {@code .pkl} file, or {@code null} for a payload
     * @param payload the legacy payload, or {@code null} for the file
     * @param report  the walk's report when already known (the reader's), or {@code null}
     */
    public record Source(String label, Path file, LegacyPayload payload, PickleReport report) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final PickleWalker walker = PickleWalker.withDefaults();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Source> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<PickleInstruction> instructions = FXCollections.observableArrayList();
    private final ObservableList<PickleGlobal> globals = FXCollections.observableArrayList();
    private final SimpleStringProperty verdict = new SimpleStringProperty(this, "verdict", "");
    private final SimpleStringProperty problem = new SimpleStringProperty(this, "problem");
    private final SimpleStringProperty pageText = new SimpleStringProperty(this, "pageText", "");
    private final SimpleLongProperty firstRow = new SimpleLongProperty(this, "firstRow");
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final AtomicLong generation = new AtomicLong();
    private PickleReport report;

    /**
     * A pickle view model.
     *
     * @param worker   where walks run
     * @param fxThread how results reach the FX thread
     */
    public PickleViewModel(Executor worker, Consumer<Runnable> fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
        selected.addListener((obs, old, now) -> load(now, 0));
    }

    /** The pickles of the set: the file first, then legacy payloads. */
    public ObservableList<Source> sources() {
        return sources;
    }

    /** The listed source. */
    public ObjectProperty<Source> selectedProperty() {
        return selected;
    }

    /** The current page of opcodes. */
    public ObservableList<PickleInstruction> instructions() {
        return instructions;
    }

    /** The globals the selected pickle names, unsafe ones tagged with their risk. */
    public ObservableList<PickleGlobal> globals() {
        return globals;
    }

    /** The walk's verdict in one line: valid, protocol, opcodes, size, globals. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }

    /** The walk's problem with its byte offset, or {@code null} when the pickle is complete. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** "opcodes 1–20,000 of 45,000". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    /** The index of the first listed opcode. */
    public ReadOnlyLongProperty firstRowProperty() {
        return firstRow;
    }

    /** Whether a page is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Whether there are opcodes after this page. */
    public boolean hasNextPage() {
        return report != null && firstRow.get() + PAGE_SIZE < report.opcodeCount();
    }

    /** Lists the next page. */
    public void nextPage() {
        if (hasNextPage()) {
            load(selected.get(), firstRow.get() + PAGE_SIZE);
        }
    }

    /** Lists the previous page. */
    public void previousPage() {
        if (firstRow.get() > 0) {
            load(selected.get(), Math.max(0, firstRow.get() - PAGE_SIZE));
        }
    }

    /** Shows the pickles of a newly loaded set and lists the first. */
    void setSources(List<Source> all) {
        sources.setAll(all);
        selected.set(null);
        if (!all.isEmpty()) {
            selected.set(all.get(0));
        }
    }

    /** Adds pickles found later (legacy payloads) without changing the listed one. */
    void addSources(List<Source> more) {
        sources.addAll(more);
    }

    private void load(Source source, long first) {
        long mine = generation.incrementAndGet();
        if (source == null) {
            report = null;
            instructions.clear();
            globals.clear();
            verdict.set("No pickle in this set.");
            problem.set(null);
            pageText.set("");
            return;
        }
        loading.set(true);
        worker.execute(() -> {
            PickleReport walked;
            List<PickleInstruction> rows;
            try {
                if (source.file() != null) {
                    walked = source.report() != null ? source.report() : walker.walkFile(source.file());
                    rows = PickleListing.page(walker, source.file(), first, PAGE_SIZE);
                } else if (source.payload().bytes() != null) {
                    walked = walker.walk(source.payload().bytes());
                    rows = PickleListing.page(walker, source.payload().bytes(), first, PAGE_SIZE);
                } else {
                    walked = PickleReport.refused(-1, source.payload().problem());
                    rows = List.of();
                }
            } catch (IOException | RuntimeException failure) {
                walked = PickleReport.refused(-1, "could not be read: " + failure.getMessage());
                rows = List.of();
            }
            PickleReport done = walked;
            List<PickleInstruction> page = rows;
            fxThread.accept(() -> {
                if (generation.get() == mine) {
                    publish(done, page, first);
                }
            });
        });
    }

    private void publish(PickleReport walked, List<PickleInstruction> page, long first) {
        report = walked;
        loading.set(false);
        firstRow.set(first);
        instructions.setAll(page);
        globals.setAll(walked.globals());
        problem.set(walked.valid() ? null : walked.problem());
        String text = (walked.valid() ? "valid" : "not a complete pickle") + " · "
                + (walked.protocol() < 0 ? "no PROTO header" : "protocol " + walked.protocol()) + " · "
                + InspectorFormat.plural(walked.opcodeCount(), "opcode", "opcodes")
                + (walked.size() >= 0 ? " · " + InspectorFormat.plural(walked.size(), "byte", "bytes") : "")
                + " · " + InspectorFormat.plural(walked.globals().size(), "global", "globals")
                + (walked.unresolvedGlobals() > 0 ? " · " + walked.unresolvedGlobals()
                + " unresolved STACK_GLOBAL (could name anything)" : "")
                + (walked.unlistedGlobals() > 0 ? " · " + walked.unlistedGlobals() + " more not listed" : "")
                + (walked.trailingBytes() > 0 ? " · " + walked.trailingBytes() + " bytes after STOP" : "");
        verdict.set(text + " · never loaded, only walked");
        pageText.set(page.isEmpty() ? "no opcodes" : "opcodes " + InspectorFormat.count(first + 1) + "–"
                + InspectorFormat.count(first + page.size()) + " of " + InspectorFormat.count(walked.opcodeCount()));
    }
}
