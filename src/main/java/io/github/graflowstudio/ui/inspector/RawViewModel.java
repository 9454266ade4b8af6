package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The raw tab: each file of the set as bounded text (a pickle as a hex dump), read on a worker
 * when chosen, with the parse error's line and column (or the pickle's byte offset) marked; a set
 * with a broken file opens on that file. FX thread for the properties.
 */
public final class RawViewModel {
    private static final Set<FlagCode> FILE_PROBLEMS = Set.of(FlagCode.STATE_INVALID_JSON, FlagCode.META_INVALID_JSON,
            FlagCode.CONTEXT_INVALID_JSON, FlagCode.STATE_NOT_UTF8, FlagCode.META_NOT_UTF8, FlagCode.CONTEXT_NOT_UTF8,
            FlagCode.STATE_NOT_AN_OBJECT, FlagCode.META_NOT_AN_OBJECT, FlagCode.CONTEXT_NOT_AN_OBJECT);

    /**
     * A file of the set. Immutable and thread-safe.
     *
     * @param kind    which file
     * @param path    its path
     * @param status  ok, missing or invalid
     * @param problem the flag about its syntax or encoding, or {@code null}
     */
    public record FileChoice(CheckpointFile kind, Path path, FileStatus status, InspectionFlag problem) {
        @Override
        public String toString() {
            return path.getFileName() + " (" + status.wireName() + ")";
        }
    }

    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final ObservableList<FileChoice> files = FXCollections.observableArrayList();
    private final ObjectProperty<FileChoice> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<RawLine> lines = FXCollections.observableArrayList();
    private final SimpleIntegerProperty errorRow = new SimpleIntegerProperty(this, "errorRow", -1);
    private final SimpleStringProperty problem = new SimpleStringProperty(this, "problem");
    private final SimpleStringProperty note = new SimpleStringProperty(this, "note", "");
    private final AtomicLong generation = new AtomicLong();
    private PickleReport pickle;

    /**
     * A raw view model.
     *
     * @param worker   where files are read
     * @param fxThread how results reach the FX thread
     */
    public RawViewModel(Executor worker, Consumer<Runnable> fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
        selected.addListener((obs, old, now) -> load(now));
    }

    /** The files of the set that exist (a missing one is listed too, to say so). */
    public ObservableList<FileChoice> files() {
        return files;
    }

    /** The shown file. */
    public ObjectProperty<FileChoice> selectedProperty() {
        return selected;
    }

    /** The lines of the shown file. */
    public ObservableList<RawLine> lines() {
        return lines;
    }

    /** The index in {@link #lines()} of the problem's line, or -1. */
    public ReadOnlyIntegerProperty errorRowProperty() {
        return errorRow;
    }

    /** The shown file's problem with its position, or {@code null}. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What part of the file is shown, or a remark such as "the file is missing". */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    /** Lists the files of an inspection and shows the first broken one (else the state file). */
    void setInspection(CheckpointInspection inspection) {
        pickle = inspection.pickle();
        List<FileChoice> choices = new ArrayList<>();
        for (CheckpointFile kind : List.of(CheckpointFile.STATE, CheckpointFile.META, CheckpointFile.CONTEXT,
                CheckpointFile.PKL)) {
            Path path = inspection.base().resolveSibling(inspection.base().getFileName() + kind.suffix());
            FileStatus status = inspection.fileStatus(kind);
            if (status != FileStatus.MISSING || kind == CheckpointFile.STATE || kind == CheckpointFile.META) {
                choices.add(new FileChoice(kind, path, status, problemOf(inspection, kind)));
            }
        }
        files.setAll(choices);
        FileChoice first = choices.stream().filter(choice -> choice.status() == FileStatus.INVALID).findFirst()
                .orElse(choices.get(0));
        selected.set(null);
        selected.set(first);
    }

    private static InspectionFlag problemOf(CheckpointInspection inspection, CheckpointFile kind) {
        String prefix = switch (kind) {
            case STATE -> "STATE_";
            case META -> "META_";
            case CONTEXT -> "CONTEXT_";
            case PKL -> "PKL_";
        };
        return inspection.flags().stream().filter(flag -> FILE_PROBLEMS.contains(flag.code())
                && flag.code().name().startsWith(prefix)).findFirst().orElse(null);
    }

    private void load(FileChoice choice) {
        long mine = generation.incrementAndGet();
        if (choice == null) {
            show(new RawText(List.of(), -1, null, ""));
            return;
        }
        PickleReport report = pickle;
        worker.execute(() -> {
            RawText text;
            try {
                if (!Files.isRegularFile(choice.path())) {
                    text = RawText.missing(choice.path());
                } else if (choice.kind() == CheckpointFile.PKL) {
                    boolean broken = report != null && !report.valid();
                    text = RawText.hex(choice.path(), broken ? report.problem() : null,
                            broken ? report.errorOffset() : -1);
                } else {
                    text = RawText.json(choice.path(), choice.problem());
                }
            } catch (IOException | RuntimeException failure) {
                text = new RawText(List.of(), -1, "could not be read: " + failure.getMessage(), "");
            }
            RawText done = text;
            fxThread.accept(() -> {
                if (generation.get() == mine) {
                    show(done);
                }
            });
        });
    }

    private void show(RawText text) {
        lines.setAll(text.lines());
        errorRow.set(text.errorRow());
        problem.set(text.problem());
        note.set(text.note());
    }
}
