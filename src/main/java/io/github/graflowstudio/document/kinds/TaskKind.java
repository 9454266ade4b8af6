package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task kind: what a node of that kind does, which config fields it has (for a GUI form), how a
 * config is validated, and how the engine task is made.
 *
 * <p>Implementations must be immutable and thread-safe; the tasks they make must be safe to run
 * from parallel-group branch threads.
 */
public interface TaskKind {

    /** The kind name used in documents, e.g. {@code expr}. */
    String name();

    /** One sentence for a palette or tooltip. */
    String description();

    /** The config fields, in form order. */
    List<ConfigField> fields();

    /**
     * Checks a config: missing required fields, wrong types, values out of range, invalid
     * expressions, unknown fields (warnings). Never throws.
     *
     * @param config the node's config
     * @return the problems in field order, empty if the config is fine
     */
    List<ConfigProblem> validate(Map<String, Object> config);

    /**
     * Makes the engine task of a node of this kind.
     *
     * @param id      the node id
     * @param config  the node's config (kept in the task's reference)
     * @param options retry and cycle options
     * @return a task whose reference lets a checkpoint rebuild it
     * @throws InvalidConfigException if {@link #validate} reports errors
     */
    Task createTask(String id, Map<String, Object> config, TaskOptions options);

    /** The field with this name. */
    default Optional<ConfigField> field(String fieldName) {
        return fields().stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /** The node ids a config refers to (its {@link FieldType#NODE_ID} fields), in field order. */
    default List<String> referencedIds(Map<String, Object> config) {
        List<String> ids = new ArrayList<>();
        for (ConfigField field : fields()) {
            if (field.type() == FieldType.NODE_ID && config.get(field.name()) instanceof String id) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A copy of the config where node-id fields equal to {@code oldId} say {@code newId}. */
    default Map<String, Object> renameReferences(Map<String, Object> config, String oldId, String newId) {
        Map<String, Object> copy = new LinkedHashMap<>(config);
        for (ConfigField field : fields()) {
            if (field.type() == FieldType.NODE_ID && oldId.equals(copy.get(field.name()))) {
                copy.put(field.name(), newId);
            }
        }
        return copy;
    }

    /**
     * Whether a node of this kind can end a cycle it is part of (a branch that jumps out, a
     * loop, terminate, cancel). Used by the validator's unbounded-cycle check.
     */
    default boolean canEndCycle(Map<String, Object> config) {
        return false;
    }

    /**
     * Whether tasks of this kind fail once the node has run more often than its explicit
     * {@code maxCycles}, which bounds cycles of edges and jumps through it.
     */
    default boolean enforcesMaxCycles() {
        return false;
    }

    /** A starting config for a new node: every field that has a default, with it. */
    default Map<String, Object> defaultConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        for (ConfigField field : fields()) {
            if (field.defaultValue() != null) {
                config.put(field.name(), field.defaultValue());
            }
        }
        return config;
    }
}
