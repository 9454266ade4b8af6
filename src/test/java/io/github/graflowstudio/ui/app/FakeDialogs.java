package io.github.graflowstudio.ui.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Scripted dialogs for UI tests: answers are queued in advance, errors and notices recorded. */
public final class FakeDialogs implements DialogService {
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Optional<Boolean>> unsavedAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Boolean> confirmUnsaved(String documentName) {
        return unsavedAnswers.isEmpty() ? Optional.empty() : unsavedAnswers.poll();
    }

    @Override
    public boolean confirm(String title, String message) {
        return !confirmAnswers.isEmpty() && confirmAnswers.poll();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }
}
