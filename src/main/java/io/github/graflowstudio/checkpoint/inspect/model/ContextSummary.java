package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a studio {@code <base>.context.json} says that inspection uses: its scalar members, the
 * nodes of the stored graph, the dynamically added tasks and the values that could not be
 * written. Immutable and thread-safe.
 *
 * @param fields                the top-level members other than {@code graph}, {@code channel},
 *                              {@code dynamic_tasks} and {@code non_serializable_values}
 * @param graphNodes            the stored graph's nodes by id in document order, or {@code null}
 *                              when the graph could not be read
 * @param dynamicTaskIds        ids of tasks added during the run
 * @param nonSerializableValues values the writer left out
 */
public record ContextSummary(Map<String, JsonValue> fields, Map<String, GraphNode> graphNodes,
                             Set<String> dynamicTaskIds, List<NonSerializableValue> nonSerializableValues) {

    /** Copies the values. */
    public ContextSummary {
        fields = Fields.copy(fields);
        graphNodes = graphNodes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(graphNodes));
        dynamicTaskIds = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(dynamicTaskIds));
        nonSerializableValues = List.copyOf(nonSerializableValues);
    }

    /** {@code session_id}, or {@code null}. */
    public String sessionId() {
        return Fields.text(fields, "session_id");
    }

    /** {@code steps} when an integer in the 64-bit range, else {@code null}. */
    public Long steps() {
        return Fields.integer(fields, "steps");
    }

    /** {@code start_node}, or {@code null}. */
    public String startNode() {
        return Fields.text(fields, "start_node");
    }

    /** {@code formatVersion}, or {@code null}. */
    public JsonValue formatVersion() {
        return fields.get("formatVersion");
    }

    /** Whether the stored graph could be read. */
    public boolean graphKnown() {
        return graphNodes != null;
    }
}
