package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A studio set read for resuming: the three files' content, cross-checked. Immutable apart from
 * the JSON trees, which callers must not modify.
 *
 * @param base       the set's base path
 * @param meta       the meta file
 * @param state      the state file without its pending array
 * @param pending    the pending entries in queue order
 * @param context    the context file
 * @param fromBackup whether the {@code .prev} set was used because the main set was incomplete
 * @param note       why the backup was used, or {@code null}
 */
public record LoadedSet(Path base, JsonNode meta, JsonNode state, List<PendingEntry> pending, JsonNode context,
                        boolean fromBackup, String note) {

    /**
     * One pending entry.
     *
     * @param taskId       id
     * @param createdAt    epoch seconds
     * @param retryCount   retries taken
     * @param maxRetries   retry limit
     * @param lastError    last error or null
     * @param groupId      group or null
     * @param serializable whether the writer could reference the task
     * @param reason       why not, or null
     */
    public record PendingEntry(String taskId, double createdAt, int retryCount, int maxRetries, String lastError,
                               String groupId, boolean serializable, String reason) {
    }
}
