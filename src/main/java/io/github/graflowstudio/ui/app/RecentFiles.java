package io.github.graflowstudio.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened files (newest first, at most ten), kept in Java preferences under a
 * given node so tests use their own. FX thread only.
 */
public final class RecentFiles {
    private static final int LIMIT = 10;
    private final Preferences preferences;
    private final String key;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** Recent files stored under {@code preferences} with the key prefix {@code key}. */
    public RecentFiles(Preferences preferences, String key) {
        this.preferences = preferences;
        this.key = key;
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get(key + "." + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
    }

    /** The list, newest first. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Moves (or adds) a file to the top. */
    public void add(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        files.remove(normalised);
        files.add(0, normalised);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        store();
    }

    /** Removes a file (e.g. it no longer exists). */
    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        store();
    }

    private void store() {
        List<Path> snapshot = new ArrayList<>(files);
        for (int i = 0; i < LIMIT; i++) {
            if (i < snapshot.size()) {
                preferences.put(key + "." + i, snapshot.get(i).toString());
            } else {
                preferences.remove(key + "." + i);
            }
        }
        try {
            preferences.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience; the list still works for this session
        }
    }
}
