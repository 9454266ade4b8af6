package io.github.graflowstudio.checkpoint;

/**
 * Something a checkpoint write could not serialise; the write still succeeded and the set
 * records the reason. Immutable.
 *
 * @param code    {@code NON_SERIALIZABLE_TASK} or {@code NON_SERIALIZABLE_VALUE}
 * @param subject the task id or channel key
 * @param reason  why, for the user
 */
public record WriteProblem(String code, String subject, String reason) {
    /** A task without a stable reference. */
    public static final String TASK = "NON_SERIALIZABLE_TASK";
    /** A channel value or metadata entry without a JSON form. */
    public static final String VALUE = "NON_SERIALIZABLE_VALUE";

    @Override
    public String toString() {
        return code + " " + subject + ": " + reason;
    }
}
