package io.github.graflowstudio.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the main window on the file given on the command line, or on
 * the bundled ETL sample, and offers to restore unsaved work from a crashed session.
 * FX thread only.
 */
public final class StudioApplication extends Application {
    /** The sample opened on first start. */
    public static final String DEFAULT_SAMPLE = "etl.flow.json";

    /** Starts JavaFX with the given arguments. */
    public static void launchApp(String[] args) {
        Application.launch(StudioApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        StudioShell shell = new StudioShell(stage, StudioShell.sample(DEFAULT_SAMPLE), StudioShell.Options.defaults());
        stage.show();
        List<String> files = getParameters().getUnnamed();
        Platform.runLater(() -> {
            if (!files.isEmpty() && Files.exists(Path.of(files.get(0)))) {
                shell.workspace().open(Path.of(files.get(0)));
            } else if (!shell.workspace().offerRecovery()) {
                shell.editor().zoomToFit();
            }
        });
    }
}
