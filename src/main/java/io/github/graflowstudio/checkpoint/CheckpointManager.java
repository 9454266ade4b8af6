package io.github.graflowstudio.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graflowstudio.checkpoint.studio.JsonValues;
import io.github.graflowstudio.checkpoint.studio.LoadedSet;
import io.github.graflowstudio.checkpoint.studio.PendingEntries;
import io.github.graflowstudio.checkpoint.studio.StudioSetLoader;
import io.github.graflowstudio.checkpoint.studio.StudioSetWriter;
import io.github.graflowstudio.engine.CheckpointRequest;
import io.github.graflowstudio.engine.CheckpointWriter;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.ReferenceTaskResolver;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskIds;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import io.github.graflowstudio.engine.TaskResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates and resumes checkpoint sets in our format (Graflow's {@code CheckpointManager}): the
 * three-file layout, automatic paths, deferred and immediate modes (as the engine's
 * {@link CheckpointWriter}), crash-safe writes, and a resume that refuses mixed sets and tasks it
 * cannot rebuild, listing them.
 *
 * <p>Thread-safe: writes of different contexts may run concurrently.
 */
public final class CheckpointManager implements CheckpointWriter {
    private final Path root;
    private final TaskResolver resolver;
    private final Clock clock;
    private volatile String documentPath;
    private volatile Consumer<CheckpointResult> onWritten = result -> { };

    /**
     * A manager with automatic paths under {@code root} (Graflow uses {@code checkpoints}).
     *
     * @param root     folder for automatic paths
     * @param resolver rebuilds tasks on resume (built-in kinds, classes, iterations, groups)
     */
    public CheckpointManager(Path root, TaskResolver resolver) {
        this(root, resolver, Clock.systemUTC());
    }

    /** A manager with a clock (tests). */
    public CheckpointManager(Path root, TaskResolver resolver, Clock clock) {
        this.root = Objects.requireNonNull(root);
        this.resolver = resolver == null ? new ReferenceTaskResolver(CheckpointManager::refuseKind) : resolver;
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The set writer and loader, shared by all managers (both are thread-safe) and built on first
     * use: both use Jackson (the writer holds an {@code ObjectMapper}, the loader makes Jackson
     * trees), which the studio need not load before its first checkpoint.
     */
    private static final class Codecs {
        static final StudioSetWriter WRITER = new StudioSetWriter();
        static final StudioSetLoader LOADER = new StudioSetLoader();
    }

    private static Task refuseKind(String id, TaskReference reference, TaskOptions options, TaskGraph graph) {
        throw new IllegalArgumentException("Task '" + id + "': no resolver for kind "
                + ((TaskReference.Kind) reference).kind());
    }

    /** Records the workflow file the runs come from (written to the context file). */
    public void setDocumentPath(String path) {
        this.documentPath = path;
    }

    /** Called after every successful write (e.g. to report problems). */
    public void setOnWritten(Consumer<CheckpointResult> listener) {
        this.onWritten = listener == null ? result -> { } : listener;
    }

    /**
     * Writes a set of the context as it is now.
     *
     * @param context        the run
     * @param path           a base or any file of the set, or {@code null} for the automatic path
     * @param metadata       user metadata
     * @param resumingTaskId the task resume runs first (immediate checkpoints), or {@code null}
     * @return the written set with anything that could not be serialised
     * @throws UncheckedIOException if the files cannot be written
     */
    public CheckpointResult createCheckpoint(ExecutionContext context, Path path, Map<String, Object> metadata,
                                             String resumingTaskId) {
        java.time.Instant now = clock.instant();
        Path base = path == null
                ? CheckpointPaths.automatic(root, context.sessionId(), context.steps(), now.getEpochSecond())
                : CheckpointPaths.baseOf(path);
        Map<String, Object> meta = metadata == null ? Map.of() : metadata;
        try {
            List<WriteProblem> problems = Codecs.WRITER.write(context,
                    new StudioSetWriter.Request(base, meta, resumingTaskId, now, documentPath));
            CheckpointResult result = new CheckpointResult(base, StudioSetWriter.checkpointId(context, now), problems);
            context.recordCheckpoint(base.toString(), meta);
            onWritten.accept(result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Checkpoint " + base + " could not be written: " + e.getMessage(), e);
        }
    }

    /** The engine's hook: deferred and immediate checkpoints requested by tasks. */
    @Override
    public String write(ExecutionContext context, CheckpointRequest request) {
        Path path = request.path() == null ? null : Path.of(request.path());
        return createCheckpoint(context, path, request.metadata(), request.resumingTaskId()).base().toString();
    }

    /** Resumes a set using only what it stores. */
    public ResumedRun resumeFromCheckpoint(Path path) {
        return resumeFromCheckpoint(path, null);
    }

    /**
     * Resumes a set. Tasks come from {@code graph} where it defines the id (needed for tasks the
     * writer could not reference), else they are rebuilt from the set.
     *
     * @param path  a base or any file of the set
     * @param graph a graph defining tasks again, or {@code null}
     * @throws CheckpointLoadException for missing, broken or mixed sets, and for tasks that cannot be rebuilt
     */
    public ResumedRun resumeFromCheckpoint(Path path, TaskGraph graph) {
        Path base = CheckpointPaths.baseOf(path);
        // the graph is rebuilt while the loader still reads the state file
        StudioSetLoader.Loaded<RebuiltGraph> loaded = Codecs.LOADER.load(base, stored -> rebuildGraph(stored, graph));
        LoadedSet set = loaded.set();
        if (!loaded.prepared().needed().isEmpty()) {
            throw cannotRebuild(set, loaded.prepared());
        }
        TaskGraph rebuilt = loaded.prepared().graph();
        JsonNode state = set.state();
        JsonNode context = set.context();
        String startNode = textOrNull(state.get("start_node"));
        ExecutionContext.Builder builder = ExecutionContext.builder(rebuilt)
                .sessionId(state.path("session_id").asText())
                .traceId(textOrNull(state.get("trace_id")))
                .enqueueStart(false)
                .maxSteps(context.path("max_steps").asInt(ExecutionContext.DEFAULT_MAX_STEPS))
                .defaultMaxCycles(context.path("default_max_cycles").asInt(ExecutionContext.DEFAULT_MAX_CYCLES))
                .defaultMaxRetries(context.path("default_max_retries").asInt(0))
                .initialChannel(channelOf(context.path("channel")));
        if (startNode != null && rebuilt.hasNode(startNode)) {
            builder.startNode(startNode);
        }
        ExecutionContext resumed = builder.build();
        Map<String, Integer> cycles = intMap(state.path("cycle_counts"));
        Map<String, Integer> retries = intMap(context.path("retry_counts"));
        String resuming = textOrNull(state.get("resuming_task_id"));
        if (resuming != null && retries.getOrDefault(resuming, 0) == 0) {
            cycles.computeIfPresent(TaskIds.baseId(resuming), (id, count) -> Math.max(0, count - 1));
        }
        resumed.restore(state.path("steps").asInt(0), set.completed(), cycles, retries,
                textMap(context.path("last_errors")), context.path("dynamic_serial").asLong(0));
        resumed.restoreCycleLimits(intMap(context.path("cycle_limits")));
        if (resuming != null) {
            resumed.enqueue(resuming);
        }
        try {
            PendingEntries pending = set.pending();
            for (int i = 0; i < pending.size(); i++) {
                resumed.enqueueRestored(pending.taskId(i), pending.createdAt(i), pending.retryCount(i),
                        pending.maxRetries(i), pending.lastError(i), pending.groupId(i));
            }
        } catch (IllegalArgumentException notInGraph) {
            // checked here rather than up front: looking every pending id up twice is a cost of every resume
            throw cannotRebuild(set, new RebuiltGraph(rebuilt, new ArrayList<>(), Set.of()));
        }
        resumed.recordCheckpoint(base.toString(), mapOf(set.meta()));
        return new ResumedRun(resumed, base, set.fromBackup(), set.note());
    }

    /**
     * The graph rebuilt from the stored one, or the nodes that could not be rebuilt.
     *
     * @param graph      the graph (without edges when {@code needed} is not empty)
     * @param needed     why each node that could not be rebuilt failed, as {@code id (reason)}
     * @param unresolved the ids of those nodes
     */
    private record RebuiltGraph(TaskGraph graph, List<String> needed, Set<String> unresolved) {
    }

    private RebuiltGraph rebuildGraph(LoadedSet.StoredGraph stored, TaskGraph supplied) {
        TaskGraph graph = new TaskGraph();
        List<String> needed = new ArrayList<>();
        Set<String> unresolved = new HashSet<>();
        for (LoadedSet.StoredNode node : stored.nodes()) {
            String id = node.id();
            Task task = supplied == null ? null : supplied.findTask(id);
            if (task == null) {
                try {
                    if (node.problem() != null) {
                        throw new IllegalArgumentException(node.problem());
                    }
                    task = resolver.resolve(id, node.reference(), node.options(), graph);
                } catch (IllegalArgumentException e) {
                    needed.add(id + " (" + e.getMessage() + ")");
                    unresolved.add(id);
                    continue;
                }
            }
            graph.addNode(task);
        }
        if (needed.isEmpty()) {
            for (String[] edge : stored.edges()) {
                graph.addEdge(edge[0], edge[1]);
            }
        }
        return new RebuiltGraph(graph, needed, unresolved);
    }

    /** The refusal listing the nodes that could not be rebuilt and the pending ids the graph lacks. */
    private static CheckpointLoadException cannotRebuild(LoadedSet set, RebuiltGraph rebuilt) {
        List<String> needed = new ArrayList<>(rebuilt.needed());
        Set<String> missing = new HashSet<>();
        PendingEntries pending = set.pending();
        for (int i = 0; i < pending.size(); i++) {
            String id = pending.taskId(i);
            if (!rebuilt.graph().hasNode(id) && !rebuilt.unresolved().contains(id) && missing.add(id)) {
                needed.add(id + " (pending but not in the stored graph)");
            }
        }
        return new CheckpointLoadException("Cannot resume " + set.base() + ": " + needed.size()
                + " task(s) cannot be rebuilt from the set: " + needed
                + ". Open the workflow that defines them and resume with it.");
    }

    private static Map<String, Object> channelOf(JsonNode channel) {
        Map<String, Object> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = channel.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), JsonValues.fromTree(field.getValue()));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(JsonNode json) {
        Object value = JsonValues.fromTree(json);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static Map<String, Integer> intMap(JsonNode json) {
        Map<String, Integer> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asInt()));
        return values;
    }

    private static Map<String, String> textMap(JsonNode json) {
        Map<String, String> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
