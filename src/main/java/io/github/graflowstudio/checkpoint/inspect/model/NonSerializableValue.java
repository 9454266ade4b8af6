package io.github.graflowstudio.checkpoint.inspect.model;

/**
 * A channel or result value a studio checkpoint could not write as JSON, as listed in the context
 * file's {@code non_serializable_values}. Immutable and thread-safe.
 *
 * @param key    the channel key, or {@code null} when not given
 * @param type   the Java type of the value, or {@code null}
 * @param reason why it could not be written, or {@code null}
 */
public record NonSerializableValue(String key, String type, String reason) {
}
