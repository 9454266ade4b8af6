package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.ui.app.FakeDialogs;
import io.github.graflowstudio.ui.app.StudioShell;
import io.github.graflowstudio.ui.app.WelcomeCard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Benchmark support: starts JavaFX and opens shown main windows on throw-away preferences (the
 * welcome card dismissed) and recovery folders, as a user's studio would look after its first
 * start. Call from a benchmark's main thread; not thread-safe.
 */
final class BenchWindows {
    private final Path folder;
    private final Preferences preferences;
    private int opened;

    private BenchWindows(Path folder, Preferences preferences) {
        this.folder = folder;
        this.preferences = preferences;
    }

    /** Starts JavaFX (once per JVM) and makes the throw-away preferences and folder. */
    static BenchWindows start(String name) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Preferences preferences = Preferences.userRoot().node("graflow-studio-bench/" + UUID.randomUUID());
        preferences.putBoolean(WelcomeCard.DISMISSED, true);
        return new BenchWindows(Files.createTempDirectory(name), preferences);
    }

    /** Opens a main window on {@code document}, shown, and waits until it is. */
    StudioShell open(WorkflowDocument document) throws InterruptedException {
        StudioShell[] shell = new StudioShell[1];
        Path recovery = folder.resolve("recovery" + opened++);
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            shell[0] = new StudioShell(new Stage(), document, new StudioShell.Options(preferences, recovery,
                    owner -> new FakeDialogs(), Duration.hours(1)));
            shell[0].stage().show();
            ready.countDown();
        });
        ready.await();
        return shell[0];
    }

    /** Removes the throw-away preferences. */
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }
}
