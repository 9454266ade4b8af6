package io.github.graflowstudio.document.edit;

import io.github.graflowstudio.document.WorkflowDocument;

/**
 * One undoable edit of a document: a description for the Edit menu ("Move 3 tasks") and the
 * change itself. Documents are immutable, so the {@link CommandStack} keeps the document before
 * and after each command: undo and redo are exact by construction.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Command {

    /** What the command does, e.g. {@code Move 3 tasks}. */
    String description();

    /**
     * The document after the edit.
     *
     * @throws IllegalArgumentException if the edit does not apply (unknown id, id taken, ...)
     */
    WorkflowDocument apply(WorkflowDocument document);

    /** A command from a description and a function. */
    static Command of(String description, java.util.function.UnaryOperator<WorkflowDocument> change) {
        return new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public WorkflowDocument apply(WorkflowDocument document) {
                return change.apply(document);
            }

            @Override
            public String toString() {
                return "Command[" + description + "]";
            }
        };
    }
}
