package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.pickle.PickleLimits;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a set: size caps and, optionally, the workflow open in the editor (for
 * {@code TASK_NOT_IN_GRAPH} and {@code GRAPH_DRIFT} on studio sets). Immutable and thread-safe.
 *
 * @param maxJsonBytes the largest JSON file read
 * @param pickleLimits the caps of the pickle walker (the {@code .pkl} and legacy payloads)
 * @param openWorkflow the open workflow's nodes by id, or {@code null} when none is open
 */
public record InspectionOptions(long maxJsonBytes, PickleLimits pickleLimits, Map<String, GraphNode> openWorkflow) {

    /** 2 GB of JSON, default pickle caps, no open workflow. */
    public static final InspectionOptions DEFAULTS = new InspectionOptions(2L * 1024 * 1024 * 1024,
            PickleLimits.DEFAULTS, null);

    /** Checks and copies. */
    public InspectionOptions {
        if (maxJsonBytes <= 0) {
            throw new IllegalArgumentException("maxJsonBytes must be positive");
        }
        Objects.requireNonNull(pickleLimits, "pickleLimits");
        openWorkflow = openWorkflow == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(openWorkflow));
    }

    /**
     * A copy with an open workflow. Nodes whose kind or config is {@code null} are compared by id only.
     *
     * @param nodes the open workflow's nodes
     * @return the copy
     */
    public InspectionOptions withOpenWorkflow(Collection<GraphNode> nodes) {
        Map<String, GraphNode> byId = new LinkedHashMap<>();
        for (GraphNode node : nodes) {
            byId.put(node.id(), node);
        }
        return new InspectionOptions(maxJsonBytes, pickleLimits, byId);
    }

    /** A copy with another JSON size cap. */
    public InspectionOptions withMaxJsonBytes(long bytes) {
        return new InspectionOptions(bytes, pickleLimits, openWorkflow);
    }

    /** A copy with other pickle caps. */
    public InspectionOptions withPickleLimits(PickleLimits limits) {
        return new InspectionOptions(maxJsonBytes, limits, openWorkflow);
    }
}
