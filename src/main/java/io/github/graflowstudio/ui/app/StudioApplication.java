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
 * {@code --inspect PATH} also opens the checkpoint inspector on a set.
 * FX thread only.
 */
public final class StudioApplication extends Application {
    /** The sample opened on first start. */
    public static final String DEFAULT_SAMPLE = "etl.flow.json";

    private static volatile SamplePreload preload;

    /** Starts reading the sample in the background, then starts JavaFX with the given arguments. */
    public static void launchApp(String[] args) {
        preload = SamplePreload.begin(DEFAULT_SAMPLE);
        Application.launch(StudioApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        SamplePreload sample = preload;
        StudioShell shell = new StudioShell(stage, sample != null ? sample.document() : StudioShell.sample(DEFAULT_SAMPLE),
                StudioShell.Options.defaults());
        stage.show();
        List<String> raw = getParameters().getRaw();
        int inspectAt = raw.indexOf("--inspect");
        String inspect = inspectAt >= 0 && inspectAt + 1 < raw.size() ? raw.get(inspectAt + 1) : null;
        List<String> files = raw.stream().filter(arg -> !arg.startsWith("--") && !arg.equals(inspect)).toList();
        Platform.runLater(() -> {
            if (inspect != null) {
                shell.editor().zoomToFit();
                shell.window().inspect(Path.of(inspect));
            } else if (!files.isEmpty() && Files.exists(Path.of(files.get(0)))) {
                shell.workspace().open(Path.of(files.get(0)));
            } else if (!shell.workspace().offerRecovery()) {
                shell.editor().zoomToFit();
            }
        });
    }
}
