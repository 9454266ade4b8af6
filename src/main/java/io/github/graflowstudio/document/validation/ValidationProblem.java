package io.github.graflowstudio.document.validation;

import java.util.Objects;

/**
 * One validation problem. Immutable and thread-safe.
 *
 * @param severity error or warning
 * @param code     the stable code
 * @param nodeId   the node or group it concerns, or {@code null}
 * @param field    the config field it concerns, or {@code null}
 * @param message  what is wrong, naming ids and fields
 * @param hint     how to fix it
 */
public record ValidationProblem(Severity severity, ProblemCode code, String nodeId, String field, String message,
                                String hint) {
    /** Checks for nulls. */
    public ValidationProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /** An error. */
    public static ValidationProblem error(ProblemCode code, String nodeId, String message, String hint) {
        return new ValidationProblem(Severity.ERROR, code, nodeId, null, message, hint);
    }

    /** A warning. */
    public static ValidationProblem warning(ProblemCode code, String nodeId, String message, String hint) {
        return new ValidationProblem(Severity.WARNING, code, nodeId, null, message, hint);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code error UNKNOWN_REFERENCE: edge a -> x: 'x' does not exist (hint: ...)}. */
    @Override
    public String toString() {
        return severity.wireName() + " " + code + ": " + message + " (hint: " + hint + ")";
    }
}
