package io.github.graflowstudio.ui.bench;

import io.github.graflowstudio.bench.BenchmarkResult;
import io.github.graflowstudio.bench.Figures;
import io.github.graflowstudio.ui.app.FxDialogService;
import io.github.graflowstudio.ui.app.SamplePreload;
import io.github.graflowstudio.ui.app.StudioApplication;
import io.github.graflowstudio.ui.app.StudioShell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * {@code startup.window}: starts JavaFX as the application does ({@link SamplePreload} reading the
 * sample while {@code Application.launch} starts the toolkit) and builds the main window
 * ({@link StudioShell}) on the bundled ETL sample, with throw-away
 * preferences and recovery folder; the figure is the time from JVM start
 * ({@code RuntimeMXBean.getStartTime()}) to the window's {@code WINDOW_SHOWN} event. Details: the
 * time to the application's {@code start}, to the shell built, and to the first pulse after the
 * window was shown (the first frame).
 * One measurement per JVM; not thread-safe.
 */
public final class StartupProbe extends Application {
    private static final CompletableFuture<BenchmarkResult> RESULT = new CompletableFuture<>();
    private static volatile long startCalledMillis;
    private static volatile long shellBuiltMillis;
    private static volatile SamplePreload preload;

    /** Launches the application, waits for the window and hands the result to {@code sink}. */
    static void run(Consumer<BenchmarkResult> sink) {
        preload = SamplePreload.begin(StudioApplication.DEFAULT_SAMPLE); // as StudioApplication.launchApp
        Thread launcher = new Thread(() -> {
            try {
                Application.launch(StartupProbe.class);
            } catch (RuntimeException | Error e) {
                RESULT.completeExceptionally(e); // e.g. no display: fail now rather than after the timeout
            }
        }, "startup-probe-launcher");
        launcher.setDaemon(true);
        launcher.start();
        sink.accept(FxThread.await(RESULT, 120));
    }

    /** Public for {@code Application.launch}; use {@link #run(Consumer)}. */
    public StartupProbe() {
        // instantiated by the JavaFX launcher
    }

    @Override
    public void start(Stage stage) throws IOException {
        startCalledMillis = System.currentTimeMillis();
        Preferences preferences = Preferences.userRoot().node("graflow-studio-bench/" + UUID.randomUUID());
        Path recovery = Files.createTempDirectory("graflow-bench-recovery");
        StudioShell shell = new StudioShell(stage, preload.document(),
                new StudioShell.Options(preferences, recovery, FxDialogService::new, Duration.hours(1)));
        shellBuiltMillis = System.currentTimeMillis();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            long shown = System.currentTimeMillis();
            shell.editor().zoomToFit();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    long firstPulse = System.currentTimeMillis();
                    finish(shell, preferences, recovery, shown, firstPulse);
                }
            }.start();
        });
        stage.show();
    }

    private static void finish(StudioShell shell, Preferences preferences, Path recovery, long shown, long firstPulse) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("start_called_ms", startCalledMillis - jvmStart);
        detail.put("shell_built_ms", shellBuiltMillis - jvmStart);
        detail.put("first_pulse_ms", firstPulse - jvmStart);
        shell.dispose();
        shell.stage().hide();
        try {
            preferences.removeNode();
            try (var files = Files.list(recovery)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(recovery);
        } catch (BackingStoreException | IOException | UncheckedIOException ignored) {
            // leftovers of a benchmark run are harmless
        }
        RESULT.complete(BenchmarkResult.measured("startup.window", Map.of(), Figures.round(shown - jvmStart), "ms",
                detail));
        Platform.exit();
    }
}
