package io.github.graflowstudio.document.validation;

import java.util.List;

/**
 * The outcome of start-node selection: the start id, or the problem that prevents one.
 * Immutable and thread-safe.
 *
 * @param startId    the start node or group id, or {@code null}
 * @param candidates the ids that could start the workflow (for messages and pickers)
 * @param problem    why there is no start ({@code NO_START}, {@code AMBIGUOUS_START},
 *                   {@code UNKNOWN_REFERENCE}), or {@code null}
 */
public record StartSelection(String startId, List<String> candidates, ValidationProblem problem) {
    /** Copies the candidates. */
    public StartSelection {
        candidates = List.copyOf(candidates);
    }

    /** Whether a start was found. */
    public boolean found() {
        return startId != null;
    }
}
