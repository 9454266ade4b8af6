package io.github.graflowstudio.document.validation;

import java.util.List;
import java.util.Objects;

/**
 * The problems of one document in a deterministic order: errors first, then warnings, each in
 * the order the rules found them (document order within a rule). Immutable and thread-safe.
 *
 * @param problems the problems
 */
public record ValidationReport(List<ValidationProblem> problems) {
    /** Copies the list. */
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /** Whether there is at least one error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(ValidationProblem::isError);
    }

    /** The errors. */
    public List<ValidationProblem> errors() {
        return problems.stream().filter(ValidationProblem::isError).toList();
    }

    /** The warnings. */
    public List<ValidationProblem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The problems that concern {@code nodeId}. */
    public List<ValidationProblem> forNode(String nodeId) {
        return problems.stream().filter(problem -> Objects.equals(problem.nodeId(), nodeId)).toList();
    }

    /** The problems with {@code code}. */
    public List<ValidationProblem> withCode(ProblemCode code) {
        return problems.stream().filter(problem -> problem.code() == code).toList();
    }
}
