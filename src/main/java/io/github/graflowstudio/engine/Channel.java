package io.github.graflowstudio.engine;

import java.util.List;
import java.util.Optional;

/**
 * The key/value store a run shares between its tasks (Graflow's channel). Task results live
 * under {@code <task_id>.__result__}.
 *
 * <p>Implementations are thread-safe.
 */
public interface Channel {

    /** The suffix of result keys. */
    String RESULT_SUFFIX = ".__result__";

    /** The channel key of a task's result. */
    static String resultKey(String taskId) {
        return taskId + RESULT_SUFFIX;
    }

    /** Sets a value ({@code null} allowed). */
    void set(String key, Object value);

    /** The value, or {@code null} if absent (or stored as null). */
    Object get(String key);

    /** The value, or {@code defaultValue} if the key is absent. */
    Object get(String key, Object defaultValue);

    /**
     * Typed access: the value converted to {@code type} (numbers are widened or narrowed).
     * Note that {@code get(key, null)} picks this overload; write {@code get(key, (Object) null)}
     * for a null default.
     *
     * @throws ClassCastException naming the key, the expected and the actual type
     */
    <T> Optional<T> get(String key, Class<T> type);

    /** Removes a key; returns whether it was there. */
    boolean delete(String key);

    /** Whether the key is present. */
    boolean exists(String key);

    /** Keys in insertion order (a snapshot). */
    List<String> keys();

    /** Appends to the list under {@code key} (created if absent); returns the new length. */
    int append(String key, Object value);

    /** Prepends to the list under {@code key}; returns the new length. */
    int prepend(String key, Object value);

    /** Adds to the number under {@code key} (absent counts as 0); returns the new value. */
    Number atomicAdd(String key, Number amount);

    /** Removes every key. */
    void clear();
}
