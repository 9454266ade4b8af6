package io.github.graflowstudio.checkpoint.inspect.json;

import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.util.Map;

/**
 * One pending entry as streamed from a state file, before the inspector's checks: the typed
 * fields where they have the expected type, the {@code task_data} tree (which can hold a large
 * pickle payload, so entries are handed over one at a time and not kept), and the fields with
 * other types exactly as found. Immutable and thread-safe.
 *
 * @param index          the position in {@code pending_tasks}
 * @param taskId         {@code task_id} when a string
 * @param status         {@code status} when a string
 * @param createdAt      {@code created_at} when a number
 * @param retryCount     {@code retry_count} when an integer in the 64-bit range
 * @param maxRetries     {@code max_retries} when an integer in the 64-bit range
 * @param lastError      {@code last_error} when a string
 * @param groupId        {@code group_id} when a string
 * @param strategy       the entry-level {@code strategy} (legacy) when a string
 * @param hasStrategyKey whether the entry has an entry-level {@code strategy} member at all
 * @param taskData       {@code task_data} as written, {@link JsonValue#NULL} when null, {@code null} when absent
 * @param serializable   {@code serializable} (studio) when a boolean
 * @param reason         {@code reason} (studio) when a string
 * @param unusualValues  members of the entry with another type (or non-finite numbers); {@code entry}
 *                       holds the whole value when the entry is not an object
 */
public record RawPendingEntry(int index, String taskId, String status, Double createdAt, Long retryCount,
                              Long maxRetries, String lastError, String groupId, String strategy,
                              boolean hasStrategyKey, JsonValue taskData, Boolean serializable, String reason,
                              Map<String, JsonValue> unusualValues) {

    /** Copies the unusual values. */
    public RawPendingEntry {
        unusualValues = unusualValues == null || unusualValues.isEmpty() ? Map.of() : Map.copyOf(unusualValues);
    }

    /** The JSON path of the entry, e.g. {@code $.pending_tasks[3]}. */
    public String path() {
        return "$.pending_tasks[" + index + "]";
    }
}
