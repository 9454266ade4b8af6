package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskOptions;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of task kinds: kind name to {@link TaskKind}. {@link #builtIn()} holds
 * {@code echo}, {@code expr}, {@code branch}, {@code loop}, {@code sleep}, {@code fail},
 * {@code terminate}, {@code cancel}, {@code shell}, {@code http}, {@code java},
 * {@code checkpoint} and {@code noop}; {@link #with} adds or replaces kinds in a copy.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaskKinds {
    private static final TaskKinds BUILT_IN = builtIn(TaskKinds.class.getClassLoader());

    private final Map<String, TaskKind> kinds;

    private TaskKinds(Map<String, TaskKind> kinds) {
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    /** The built-in kinds; {@code java} classes are found with the class loader of this library. */
    public static TaskKinds builtIn() {
        return BUILT_IN;
    }

    /** The built-in kinds; {@code java} classes are found with {@code loader}. */
    public static TaskKinds builtIn(ClassLoader loader) {
        return of(List.of(new SimpleKinds.Echo(), new ExprKind(), new BranchKind(), new LoopKind(),
                new SimpleKinds.Sleep(), new SimpleKinds.Fail(), new SimpleKinds.Terminate(), new SimpleKinds.Cancel(),
                new ShellKind(), new HttpKind(), new JavaKind(loader), new CheckpointKind(), new SimpleKinds.Noop()));
    }

    /**
     * A registry of exactly these kinds.
     *
     * @throws IllegalArgumentException if two kinds share a name
     */
    public static TaskKinds of(Collection<? extends TaskKind> kinds) {
        Map<String, TaskKind> map = new LinkedHashMap<>();
        for (TaskKind kind : kinds) {
            if (map.put(kind.name(), kind) != null) {
                throw new IllegalArgumentException("two task kinds are called '" + kind.name() + "'");
            }
        }
        return new TaskKinds(map);
    }

    /** A copy with {@code kind} added (or replacing the kind of the same name). */
    public TaskKinds with(TaskKind kind) {
        Map<String, TaskKind> map = new LinkedHashMap<>(kinds);
        map.put(kind.name(), kind);
        return new TaskKinds(map);
    }

    /** The kind called {@code name}. */
    public Optional<TaskKind> find(String name) {
        return Optional.ofNullable(name == null ? null : kinds.get(name));
    }

    /**
     * The kind called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    public TaskKind get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown task kind '" + name
                + "'. Known kinds: " + names()));
    }

    /** Kind names in registration order. */
    public List<String> names() {
        return List.copyOf(kinds.keySet());
    }

    /** Kinds in registration order. */
    public List<TaskKind> all() {
        return List.copyOf(kinds.values());
    }

    /** The node ids a config of that kind refers to (none for an unknown kind). */
    public List<String> referencedIds(String kind, Map<String, Object> config) {
        return find(kind).map(found -> found.referencedIds(config)).orElse(List.of());
    }

    /** A copy of the config with node-id references renamed (unchanged for an unknown kind). */
    public Map<String, Object> renameReferences(String kind, Map<String, Object> config, String oldId, String newId) {
        return find(kind).map(found -> found.renameReferences(config, oldId, newId)).orElse(config);
    }

    /**
     * Makes the engine task of a node.
     *
     * @throws IllegalArgumentException for an unknown kind
     * @throws InvalidConfigException   for an invalid config
     */
    public Task createTask(String id, String kind, Map<String, Object> config, TaskOptions options) {
        return get(kind).createTask(id, config, options);
    }
}
