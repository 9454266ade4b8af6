package io.github.graflowstudio.document.kinds;

/**
 * A problem with a node's config: the field it concerns (or {@code null} for the whole config),
 * a message naming the field, and whether it is only a warning. Immutable and thread-safe.
 *
 * @param field   the field name, or {@code null}
 * @param message what is wrong, e.g. {@code field 'millis' must be >= 0, was -5}
 * @param warning {@code true} for a warning (the task can still be built)
 */
public record ConfigProblem(String field, String message, boolean warning) {

    /** An error about a field. */
    public static ConfigProblem error(String field, String message) {
        return new ConfigProblem(field, message, false);
    }

    /** A warning about a field. */
    public static ConfigProblem warning(String field, String message) {
        return new ConfigProblem(field, message, true);
    }
}
