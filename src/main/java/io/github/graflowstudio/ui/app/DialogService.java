package io.github.graflowstudio.ui.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs the application shows (file choosers, confirmations, errors), behind an interface
 * so view models and tests can replace them. FX thread only.
 */
public interface DialogService {

    /** Asks for a file to open. */
    Optional<Path> chooseFileToOpen(String title, String description, String... extensions);

    /** Asks for a file to save to. */
    Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions);

    /** Asks a yes/no/cancel question about unsaved work: {@code true} save, {@code false} discard, empty cancel. */
    Optional<Boolean> confirmUnsaved(String documentName);

    /** Asks a yes/no question. */
    boolean confirm(String title, String message);

    /** Shows an error. */
    void showError(String title, String message);

    /** Shows a short notification that goes away by itself. */
    void notify(String message);
}
