package io.github.graflowstudio.document.compile;

import io.github.graflowstudio.document.validation.ValidationProblem;
import java.util.List;

/**
 * A document could not be compiled: its errors are in {@link #errors()} and in the message
 * ({@code workflow 'etl' cannot be compiled: 2 errors: ...}). Immutable.
 */
public final class WorkflowCompilationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> errors;

    /**
     * Makes the exception.
     *
     * @param workflowName the document's name
     * @param errors       the errors (at least one)
     */
    public WorkflowCompilationException(String workflowName, List<ValidationProblem> errors) {
        super("workflow '" + workflowName + "' cannot be compiled: " + errors.size()
                + (errors.size() == 1 ? " error: " : " errors: ")
                + String.join("; ", errors.stream().map(error -> error.code() + ": " + error.message()).toList()));
        this.errors = List.copyOf(errors);
    }

    /** The errors that prevent compilation. */
    public List<ValidationProblem> errors() {
        return errors;
    }
}
