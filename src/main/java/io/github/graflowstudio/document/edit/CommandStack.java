package io.github.graflowstudio.document.edit;

import io.github.graflowstudio.document.WorkflowDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The document being edited with its undo and redo history. Every user edit is
 * {@link #execute executed} here; undo restores the document from before the command, redo the
 * one after it. Tracks a revision counter and the saved point (dirty marker).
 *
 * <p>Not thread-safe: owned by the FX thread. Re-entrant executes (a listener editing while it is
 * notified) are refused.
 */
public final class CommandStack {
    /** Default number of undo steps kept. */
    public static final int DEFAULT_LIMIT = 500;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final CopyOnWriteArrayList<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final int limit;
    private WorkflowDocument document;
    private long revision;
    private Object savedMarker;
    private boolean savedMarkerDropped;
    private boolean notifying;

    /** One executed command with the documents around it. */
    private record Step(Command command, WorkflowDocument before, WorkflowDocument after) {
    }

    /**
     * A notification: the document changed.
     *
     * @param document    the new document
     * @param description what happened ("Undo Move 3 tasks", "Open", ...)
     * @param revision    the stack's revision after the change
     */
    public record Change(WorkflowDocument document, String description, long revision) {
    }

    /** A stack holding {@code document} as saved, with the default limit. */
    public CommandStack(WorkflowDocument document) {
        this(document, DEFAULT_LIMIT);
    }

    /** A stack with an undo limit. */
    public CommandStack(WorkflowDocument document, int limit) {
        this.document = Objects.requireNonNull(document);
        this.limit = Math.max(1, limit);
        this.savedMarker = null;
    }

    /** The current document. */
    public WorkflowDocument document() {
        return document;
    }

    /** Increases with every change (execute, undo, redo, reset). */
    public long revision() {
        return revision;
    }

    /** Listens to every change. */
    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Stops listening. */
    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    /**
     * Executes a command and records it.
     *
     * @return {@code false} if the command changed nothing (nothing recorded)
     * @throws IllegalArgumentException from the command when it does not apply (the document is unchanged)
     * @throws IllegalStateException when called from a change listener
     */
    public boolean execute(Command command) {
        guard();
        WorkflowDocument after = command.apply(document);
        if (after.equals(document)) {
            return false;
        }
        undo.push(new Step(command, document, after));
        if (undo.size() > limit) {
            Step dropped = undo.removeLast();
            if (dropped == savedMarker) {
                savedMarkerDropped = true;
            }
        }
        if (redo.contains(savedMarker)) {
            savedMarkerDropped = true;
        }
        redo.clear();
        set(after, command.description());
        return true;
    }

    /** Whether there is something to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is something to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The description of what undo would undo. */
    public Optional<String> undoDescription() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().command().description());
    }

    /** The description of what redo would redo. */
    public Optional<String> redoDescription() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().command().description());
    }

    /** Undoes the last command; returns whether there was one. */
    public boolean undo() {
        guard();
        if (undo.isEmpty()) {
            return false;
        }
        Step step = undo.pop();
        redo.push(step);
        set(step.before(), "Undo " + step.command().description());
        return true;
    }

    /** Redoes the last undone command; returns whether there was one. */
    public boolean redo() {
        guard();
        if (redo.isEmpty()) {
            return false;
        }
        Step step = redo.pop();
        undo.push(step);
        set(step.after(), "Redo " + step.command().description());
        return true;
    }

    /** Number of undo steps. */
    public int undoSize() {
        return undo.size();
    }

    /** Number of redo steps. */
    public int redoSize() {
        return redo.size();
    }

    /** Replaces the document and clears the history (New, Open); the result counts as saved. */
    public void reset(WorkflowDocument newDocument, String description) {
        guard();
        undo.clear();
        redo.clear();
        savedMarker = null;
        savedMarkerDropped = false;
        set(Objects.requireNonNull(newDocument), description);
    }

    /** Marks the current document as saved. */
    public void markSaved() {
        savedMarker = undo.peek();
        savedMarkerDropped = false;
        revision++;
        notifyListeners("Save");
    }

    /** Whether the document differs from the last saved (or opened) state. */
    public boolean isDirty() {
        return savedMarkerDropped || undo.peek() != savedMarker;
    }

    private void set(WorkflowDocument next, String description) {
        document = next;
        revision++;
        notifyListeners(description);
    }

    private void notifyListeners(String description) {
        notifying = true;
        try {
            Change change = new Change(document, description, revision);
            for (Consumer<Change> listener : listeners) {
                listener.accept(change);
            }
        } finally {
            notifying = false;
        }
    }

    private void guard() {
        if (notifying) {
            throw new IllegalStateException("Editing the document from a change listener is not allowed");
        }
    }
}
