package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.nio.file.Path;
import java.util.List;

/**
 * A studio set read for resuming: the three files' content, cross-checked. The large parts (the
 * queue, the completed ids, the graph's nodes and edges) are read into lists, the rest into JSON
 * trees. Immutable apart from the lists and trees, which callers must not modify.
 *
 * @param base       the set's base path
 * @param meta       the meta file
 * @param state      the state file without {@code pending_tasks} and {@code completed_tasks}
 * @param completed  the state's {@code completed_tasks}
 * @param pending    the pending entries in queue order
 * @param context    the context file without {@code graph}
 * @param graph      the stored graph
 * @param fromBackup whether the {@code .prev} set was used because the main set was incomplete
 * @param note       why the backup was used, or {@code null}
 */
public record LoadedSet(Path base, JsonNode meta, JsonNode state, List<String> completed, PendingEntries pending,
                        JsonNode context, StoredGraph graph, boolean fromBackup, String note) {

    /**
     * The graph stored in the context file.
     *
     * @param nodes the nodes in graph order
     * @param edges the edges as {@code [from, to]} pairs
     */
    public record StoredGraph(List<StoredNode> nodes, List<String[]> edges) {
    }

    /**
     * One pending entry ({@link PendingEntries#get}).
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

    /**
     * One node of the stored graph, decoded. Nodes with equal {@code task_data} may share one
     * reference object when it holds only immutable values.
     *
     * @param id        the task id
     * @param reference its {@code task_data}, or {@code null} when that could not be decoded
     * @param options   its options, or {@code null} when they could not be decoded
     * @param problem   why {@code reference} or {@code options} is {@code null}, else {@code null}
     */
    public record StoredNode(String id, TaskReference reference, TaskOptions options, String problem) {
    }
}
