package io.github.graflowstudio.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The real dialogs: JavaFX file choosers and alerts, ControlsFX notifications. FX thread only. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private File lastFolder;

    /** Dialogs owned by {@code owner}. */
    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        chooser.setInitialFileName(initialName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extensions.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Boolean> confirmUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to \"" + documentName + "\" first?",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("\"" + documentName + "\" has unsaved changes");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == save);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        Notifications.create().owner(owner).text(message).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(4)).showInformation();
    }
}
