package io.github.graflowstudio.ui.app;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.json.DocumentException;
import io.github.graflowstudio.ui.common.AppIcons;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Builds and wires the whole application window on a stage (the composition root): editor,
 * workspace, dialogs, main window, themes, window icons, autosave, file drops and close
 * confirmation. Work the first frame does not need (validating the document) starts once the
 * window is shown. Tests build it with their own preferences, recovery folder and dialogs. FX
 * thread only.
 */
public final class StudioShell {
    /** Classpath folder of the bundled samples. */
    public static final String SAMPLES = "/io/github/graflowstudio/assets/samples/";

    private final Stage stage;
    private final EditorViewModel editor;
    private final WorkspaceViewModel workspace;
    private final MainWindow window;
    private final ThemeSwitcher themes;
    private final DialogService dialogs;
    private final java.util.concurrent.ScheduledExecutorService autosave;

    /**
     * Settings for a shell.
     *
     * @param preferences    where recent files are kept
     * @param recoveryFolder where autosaves go
     * @param dialogs        makes the dialog service for the stage
     * @param autosaveEvery  autosave interval
     */
    public record Options(Preferences preferences, Path recoveryFolder, Function<Window, DialogService> dialogs,
                          Duration autosaveEvery) {
        /** The real settings: user preferences, {@code ~/.graflow-studio/recovery}, real dialogs, 5 s. */
        public static Options defaults() {
            return new Options(Preferences.userRoot().node("io/github/graflowstudio"),
                    Path.of(System.getProperty("user.home"), ".graflow-studio", "recovery"), FxDialogService::new,
                    Duration.seconds(5));
        }
    }

    /** Builds the window on {@code stage} showing {@code initial}. */
    public StudioShell(Stage stage, WorkflowDocument initial, Options options) {
        this.stage = stage;
        AppIcons.loadInBackground();
        this.editor = new EditorViewModel(initial);
        this.dialogs = options.dialogs().apply(stage);
        this.workspace = new WorkspaceViewModel(editor, dialogs, new RecentFiles(options.preferences(), "recent"),
                options.recoveryFolder());
        Scene scene = new Scene(new javafx.scene.layout.Pane(), 1280, 800);
        this.themes = new ThemeSwitcher(scene);
        this.window = new MainWindow(workspace, dialogs, themes, options.recoveryFolder().resolveSibling("checkpoints"),
                options.preferences());
        scene.setRoot(window.root());
        // the Edit menu shows Ctrl+Shift+Z for redo; Ctrl+Y works too, as in most editors
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y"), editor::redo);
        stage.setScene(scene);
        AppIcons.apply(stage);
        AppIcons.applyToEveryStage();
        stage.titleProperty().bind(workspace.titleBinding());
        stage.setOnCloseRequest(event -> {
            if (!workspace.confirmClose()) {
                event.consume();
            } else {
                dispose();
            }
        });
        installFileDrop(scene);
        startDeferredWorkWhenShown();
        // A timer thread, not an indefinite Timeline: a running animation keeps JavaFX pulsing
        // sixty times a second for as long as the window is open, even when nothing moves.
        autosave = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "studio-autosave");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, Math.round(options.autosaveEvery().toMillis()));
        autosave.scheduleWithFixedDelay(() -> javafx.application.Platform.runLater(workspace::autosave), every, every,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Work the first frame does not need (see {@link MainWindow#startDeferredWork()}) starts once the window shows. */
    private void startDeferredWorkWhenShown() {
        if (stage.isShowing()) {
            window.startDeferredWork();
            return;
        }
        EventHandler<WindowEvent> shown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                window.startDeferredWork();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
    }

    private void installFileDrop(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, event -> {
            List<java.io.File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            boolean done = false;
            for (java.io.File file : files) {
                done |= openDropped(file.toPath());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    /** Opens a dropped file: a workflow in the editor, a checkpoint in the inspector. Returns whether it was used. */
    public boolean openDropped(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(".state.json") || name.endsWith(".meta.json") || name.endsWith(".context.json")
                || name.endsWith(".pkl")) {
            window.inspect(path);
            return true;
        }
        if (name.endsWith(".json")) {
            return workspace.open(path);
        }
        editor.messageProperty().set("Not a workflow file: " + name);
        return false;
    }

    /** Reads a bundled sample. */
    public static WorkflowDocument sample(String fileName) {
        try (InputStream in = StudioShell.class.getResourceAsStream(SAMPLES + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Sample " + fileName + " is missing from the application");
            }
            return new DocumentCodec().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Sample " + fileName + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Stops timers and background work (on the FX thread: animations must never be stopped elsewhere). */
    public void dispose() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            javafx.application.Platform.runLater(this::dispose);
            return;
        }
        autosave.shutdownNow();
        window.dispose();
    }

    /** The stage. */
    public Stage stage() {
        return stage;
    }

    /** The editor. */
    public EditorViewModel editor() {
        return editor;
    }

    /** The workspace. */
    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** The window. */
    public MainWindow window() {
        return window;
    }

    /** The theme switcher. */
    public ThemeSwitcher themes() {
        return themes;
    }

    /** The dialogs. */
    public DialogService dialogs() {
        return dialogs;
    }
}
