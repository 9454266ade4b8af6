package io.github.graflowstudio.ui.app;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.json.DocumentException;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open workflow file: New, Open, Save, Save As, recent files, the window title with the
 * dirty marker, closing with a question about unsaved work, and autosave to a recovery file that
 * the next start offers to restore. Bad files never replace the open document. FX thread only.
 */
public final class WorkspaceViewModel {
    private static final String RECOVERY_FILE = "recovery.flow.json";
    private static final String RECOVERY_ORIGIN = "recovery.origin";

    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final Path recoveryFolder;
    private final DocumentCodec codec = new DocumentCodec();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringBinding title;

    /**
     * A workspace.
     *
     * @param editor         the editor holding the document
     * @param dialogs        dialogs
     * @param recent         recent files
     * @param recoveryFolder where autosaves go
     */
    public WorkspaceViewModel(EditorViewModel editor, DialogService dialogs, RecentFiles recent, Path recoveryFolder) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.recent = recent;
        this.recoveryFolder = recoveryFolder;
        this.title = Bindings.createStringBinding(() -> {
            String name = file.get() == null ? editor.document().name() : file.get().getFileName().toString();
            return (editor.dirtyProperty().get() ? "• " : "") + name + " — Graflow Studio";
        }, file, editor.dirtyProperty(), editor.documentProperty());
    }

    /** The editor. */
    public EditorViewModel editor() {
        return editor;
    }

    /** The open file, or {@code null} for an unsaved new document. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The window title ("• etl.flow.json — Graflow Studio" when dirty). */
    public StringBinding titleBinding() {
        return title;
    }

    /** Recent files. */
    public RecentFiles recent() {
        return recent;
    }

    /** Starts a new empty document (after asking about unsaved work). */
    public boolean newDocument() {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        editor.replaceDocument(WorkflowDocument.empty("untitled"), "New");
        file.set(null);
        deleteRecovery();
        return true;
    }

    /** Asks for a file and opens it. */
    public boolean open() {
        Optional<Path> chosen = dialogs.chooseFileToOpen("Open workflow", "Workflows (*.flow.json)", "*.flow.json",
                "*.json");
        return chosen.isPresent() && open(chosen.get());
    }

    /**
     * Opens a file (after asking about unsaved work). A file that cannot be read shows an error
     * naming file, line and column; the open document stays.
     */
    public boolean open(Path path) {
        WorkflowDocument loaded;
        try {
            loaded = codec.read(path);
        } catch (DocumentException e) {
            dialogs.showError("Cannot open " + path.getFileName(), e.getMessage());
            if (!Files.exists(path)) {
                recent.remove(path);
            }
            return false;
        }
        if (!confirmDiscardOrSave()) {
            return false;
        }
        editor.replaceDocument(loaded, "Open");
        file.set(path.toAbsolutePath().normalize());
        recent.add(path);
        deleteRecovery();
        editor.zoomToFit();
        return true;
    }

    /** Opens a document that is not a file (a bundled sample). */
    public void openUntitled(WorkflowDocument document) {
        editor.replaceDocument(document, "Open");
        file.set(null);
    }

    /** Saves to the open file, or asks for one. */
    public boolean save() {
        if (file.get() == null) {
            return saveAs();
        }
        return writeTo(file.get());
    }

    /** Asks for a file and saves there. */
    public boolean saveAs() {
        String initial = (file.get() == null ? editor.document().name() : file.get().getFileName().toString()
                .replace(DocumentCodec.FILE_SUFFIX, "")) + DocumentCodec.FILE_SUFFIX;
        Optional<Path> chosen = dialogs.chooseFileToSave("Save workflow", initial, "Workflows (*.flow.json)",
                "*.flow.json");
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = chosen.get();
        if (!target.getFileName().toString().endsWith(".json")) {
            target = target.resolveSibling(target.getFileName() + DocumentCodec.FILE_SUFFIX);
        }
        return writeTo(target);
    }

    private boolean writeTo(Path target) {
        try {
            codec.write(editor.document(), target);
        } catch (IOException e) {
            dialogs.showError("Cannot save " + target.getFileName(), e.getMessage());
            return false;
        }
        file.set(target.toAbsolutePath().normalize());
        editor.markSaved();
        recent.add(target);
        deleteRecovery();
        return true;
    }

    /** Whether the window may close (unsaved work saved or knowingly discarded). */
    public boolean confirmClose() {
        boolean ok = confirmDiscardOrSave();
        if (ok) {
            deleteRecovery();
        }
        return ok;
    }

    private boolean confirmDiscardOrSave() {
        if (!editor.dirtyProperty().get()) {
            return true;
        }
        Optional<Boolean> answer = dialogs.confirmUnsaved(file.get() == null ? editor.document().name()
                : file.get().getFileName().toString());
        if (answer.isEmpty()) {
            return false;
        }
        return !answer.get() || save();
    }

    // ----- autosave ---------------------------------------------------------------------------

    /** Writes unsaved work to the recovery file (called every few seconds). Returns whether it wrote. */
    public boolean autosave() {
        if (!editor.dirtyProperty().get()) {
            return false;
        }
        try {
            Files.createDirectories(recoveryFolder);
            codec.write(editor.document(), recoveryFolder.resolve(RECOVERY_FILE));
            Files.writeString(recoveryFolder.resolve(RECOVERY_ORIGIN), file.get() == null ? "" : file.get().toString());
            return true;
        } catch (IOException e) {
            editor.messageProperty().set("Autosave failed: " + e.getMessage());
            return false;
        }
    }

    /** Whether a recovery file from a crashed session exists. */
    public boolean hasRecovery() {
        return Files.exists(recoveryFolder.resolve(RECOVERY_FILE));
    }

    /**
     * Offers to restore unsaved work from a crashed session. Restored work opens as unsaved
     * (dirty), attached to its original file if it had one; undo goes back to the saved version.
     *
     * @return whether work was restored
     */
    public boolean offerRecovery() {
        if (!hasRecovery()) {
            return false;
        }
        if (!dialogs.confirm("Restore unsaved work?", "Graflow Studio did not close properly last time. "
                + "Restore the unsaved workflow it kept?")) {
            deleteRecovery();
            return false;
        }
        try {
            WorkflowDocument restored = codec.read(recoveryFolder.resolve(RECOVERY_FILE));
            String origin = Files.exists(recoveryFolder.resolve(RECOVERY_ORIGIN))
                    ? Files.readString(recoveryFolder.resolve(RECOVERY_ORIGIN)).trim() : "";
            Path originFile = origin.isEmpty() ? null : Path.of(origin);
            WorkflowDocument base = WorkflowDocument.empty(restored.name());
            if (originFile != null && Files.exists(originFile)) {
                try {
                    base = codec.read(originFile);
                } catch (DocumentException unreadable) {
                    base = WorkflowDocument.empty(restored.name());
                }
            }
            // the saved version (or an empty one) is the undo point: Undo shows what is on disk
            editor.replaceDocument(base, "Restore");
            editor.execute(io.github.graflowstudio.document.edit.Command.of("Restore unsaved work", d -> restored));
            file.set(originFile);
            editor.zoomToFit();
            return true;
        } catch (DocumentException | IOException e) {
            dialogs.showError("Cannot restore", e.getMessage());
            return false;
        }
    }

    private void deleteRecovery() {
        try {
            Files.deleteIfExists(recoveryFolder.resolve(RECOVERY_FILE));
            Files.deleteIfExists(recoveryFolder.resolve(RECOVERY_ORIGIN));
        } catch (IOException ignored) {
            // a stale recovery file is offered again next time; nothing is lost
        }
    }
}
