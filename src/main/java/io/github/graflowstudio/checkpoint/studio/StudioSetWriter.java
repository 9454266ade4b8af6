package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.checkpoint.WriteProblem;
import io.github.graflowstudio.checkpoint.store.AtomicFiles;
import io.github.graflowstudio.checkpoint.store.BackgroundWork;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskSpec;
import io.github.graflowstudio.engine.TaskStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one set in our format: context, then state, then meta (the commit marker), each
 * atomically, keeping the previous set at the same base as {@code .prev} files. The context file
 * is forced to disk on a helper thread while the state file is written; neither is moved into
 * place before both are on disk. The JSON text is
 * byte for byte what Jackson's default pretty printer writes ({@link PrettyJsonOutput}).
 * Thread-safe (stateless apart from the shared, thread-safe object mapper).
 */
public final class StudioSetWriter {
    /** The format version this build writes and reads. */
    public static final int FORMAT_VERSION = 1;
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    /** Each status's wire name, quoted (the engine lower-cases the enum name on every call). */
    private static final byte[][] STATUS_TEXT = Arrays.stream(TaskStatus.values())
            .map(status -> PrettyJsonOutput.plainString(status.wireName())).toArray(byte[][]::new);

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * What to write besides the context itself.
     *
     * @param base           the set's base path
     * @param metadata       user metadata
     * @param resumingTaskId task to re-run first on resume, or {@code null}
     * @param createdAt      the write time
     * @param documentPath   the workflow file the run came from, or {@code null}
     */
    public record Request(Path base, Map<String, Object> metadata, String resumingTaskId, Instant createdAt,
                          String documentPath) {
    }

    /**
     * Writes the set.
     *
     * @return what could not be serialised (the write still succeeded)
     */
    public List<WriteProblem> write(ExecutionContext context, Request request) throws IOException {
        List<WriteProblem> problems = new ArrayList<>();
        Path base = request.base();
        Path contextFile = CheckpointPaths.file(base, CheckpointPaths.CONTEXT);
        Path stateFile = CheckpointPaths.file(base, CheckpointPaths.STATE);
        Path metaFile = CheckpointPaths.file(base, CheckpointPaths.META);
        Files.createDirectories(base.toAbsolutePath().getParent());
        boolean previousComplete = Files.exists(metaFile);
        if (previousComplete) {
            AtomicFiles.keepPrevious(contextFile);
            AtomicFiles.keepPrevious(stateFile);
            AtomicFiles.keepPrevious(metaFile);
        }
        JacksonRendering jackson = new JacksonRendering(mapper);
        EncodedTasks taskData = new EncodedTasks(jackson);
        List<TaskSpec> pending = context.queue().pendingSpecs();
        // the context file is forced to disk while the state file is written; both are forced before
        // either is moved into place, in the same order as before: context, state, then meta
        try (AtomicFiles.StagedFile stagedContext = AtomicFiles.stage(contextFile, out -> write(out, jackson,
                json -> writeContext(json, context, request, taskData, problems)))) {
            BackgroundWork<Void, IOException> contextForced = AtomicFiles.forceInBackground(stagedContext);
            try (AtomicFiles.StagedFile stagedState = AtomicFiles.stage(stateFile, out -> write(out, jackson,
                    json -> writeState(json, context, pending, request, taskData, problems)))) {
                stagedState.force();
                contextForced.result();
                stagedContext.commit();
                stagedState.commit();
            } finally {
                awaitQuietly(contextForced);
            }
        }
        AtomicFiles.write(metaFile, out -> write(out, jackson, json -> writeMeta(json, context, request, problems)));
        return problems;
    }

    /** Waits for a background force that may have failed already (reported by the first await). */
    private static void awaitQuietly(BackgroundWork<Void, IOException> forced) {
        try {
            forced.result();
        } catch (IOException | RuntimeException alreadyReported) {
            // the write has failed; the staged file is deleted next
        }
    }

    /** Writes one file's JSON. */
    @FunctionalInterface
    private interface Content {
        void writeTo(PrettyJsonOutput json) throws IOException;
    }

    private static void write(OutputStream out, JacksonRendering jackson, Content content) throws IOException {
        PrettyJsonOutput json = new PrettyJsonOutput(out, jackson);
        content.writeTo(json);
        json.flush();
    }

    private void writeContext(PrettyJsonOutput json, ExecutionContext context, Request request,
                              EncodedTasks taskData, List<WriteProblem> problems) throws IOException {
        json.startObject();
        json.name(Names.FORMAT_VERSION);
        json.number(FORMAT_VERSION);
        writeIdentity(json, context);
        json.name(Names.MAX_STEPS);
        json.number(context.maxSteps());
        json.name(Names.DEFAULT_MAX_CYCLES);
        json.number(context.cycles().defaultMaxCycles());
        json.name(Names.DEFAULT_MAX_RETRIES);
        json.number(context.retries().defaultMaxRetries());
        json.name(Names.DYNAMIC_SERIAL);
        json.number(context.dynamicSerial());
        writeGraph(json, context.graph(), request.documentPath(), taskData);
        json.name(Names.CHANNEL);
        json.startObject();
        List<String[]> unwritable = new ArrayList<>();
        for (Map.Entry<String, Object> entry : context.channel().snapshot().entrySet()) {
            try {
                JsonNode value = JsonValues.toTree(entry.getValue());
                json.name(entry.getKey());
                json.tree(value);
            } catch (JsonValues.NotJsonException e) {
                unwritable.add(new String[] {entry.getKey(), e.typeName(), e.getMessage()});
                problems.add(new WriteProblem(WriteProblem.VALUE, entry.getKey(), e.getMessage()));
            }
        }
        json.endObject();
        json.name(Names.NON_SERIALIZABLE_VALUES);
        json.startArray();
        for (String[] value : unwritable) {
            json.startObject();
            json.name(Names.KEY);
            json.string(value[0]);
            json.name(Names.TYPE);
            json.string(value[1]);
            json.name(Names.REASON);
            json.string(value[2]);
            json.endObject();
        }
        json.endArray();
        writeIntMap(json, Names.CYCLE_LIMITS, context.cycleLimits());
        writeIntMap(json, Names.RETRY_COUNTS, context.retries().countsSnapshot());
        json.name(Names.LAST_ERRORS);
        json.startObject();
        for (Map.Entry<String, String> entry : context.retries().lastErrorsSnapshot().entrySet()) {
            json.name(entry.getKey());
            json.string(entry.getValue());
        }
        json.endObject();
        json.endObject();
    }

    private void writeGraph(PrettyJsonOutput json, TaskGraph graph, String documentPath,
                            EncodedTasks taskData) throws IOException {
        json.name(Names.GRAPH);
        json.startObject();
        json.name(Names.NODES);
        json.startArray();
        for (Task task : graph.tasks()) {
            EncodedTasks.Encoded encoded = taskData.of(task);
            json.startObject();
            json.name(Names.ID);
            json.string(task.id());
            writeTaskData(json, encoded);
            json.name(Names.OPTIONS);
            taskData.options(task.options()).writeTo(json);
            json.endObject();
        }
        json.endArray();
        json.name(Names.EDGES);
        json.startArray();
        for (String[] edge : graph.edges()) {
            json.startArray();
            json.string(edge[0]);
            json.string(edge[1]);
            json.endArray();
        }
        json.endArray();
        if (documentPath != null) {
            json.name(Names.DOCUMENT_PATH);
            json.string(documentPath);
        }
        json.endObject();
    }

    /** A task's {@code task_data}, {@code serializable} and {@code reason} members (graph nodes and pending entries). */
    private static void writeTaskData(PrettyJsonOutput json, EncodedTasks.Encoded encoded) throws IOException {
        json.name(Names.TASK_DATA);
        encoded.json().writeTo(json);
        json.name(Names.SERIALIZABLE);
        json.bool(encoded.data().serializable());
        json.name(Names.REASON);
        json.string(encoded.data().reason());
    }

    private void writeState(PrettyJsonOutput json, ExecutionContext context, List<TaskSpec> pending, Request request,
                            EncodedTasks taskData, List<WriteProblem> problems) throws IOException {
        json.startObject();
        json.name(Names.FORMAT_VERSION);
        json.number(FORMAT_VERSION);
        json.name(Names.SCHEMA_VERSION);
        json.string("1.0");
        writeIdentity(json, context);
        json.name(Names.COMPLETED_TASKS);
        json.startArray();
        for (String id : context.completedTasks()) {
            json.string(id);
        }
        json.endArray();
        writeIntMap(json, Names.CYCLE_COUNTS, context.cycles().snapshot());
        writeBackend(json);
        json.name(Names.PENDING_TASKS);
        json.startArray();
        Set<String> reported = new HashSet<>();
        for (TaskSpec spec : pending) {
            EncodedTasks.Encoded encoded = taskData.of(spec.task());
            TaskDataCodec.TaskData data = encoded.data();
            json.startObject();
            json.name(Names.TASK_ID);
            json.string(spec.taskId());
            json.name(Names.STATUS);
            json.raw(STATUS_TEXT[spec.status().ordinal()]);
            json.name(Names.CREATED_AT);
            json.number(spec.createdAt());
            json.name(Names.RETRY_COUNT);
            json.number(spec.retryCount());
            json.name(Names.MAX_RETRIES);
            json.number(spec.maxRetries());
            json.name(Names.LAST_ERROR);
            json.string(spec.lastError());
            json.name(Names.GROUP_ID);
            json.string(spec.groupId());
            writeTaskData(json, encoded);
            json.endObject();
            if (!data.serializable() && reported.add(spec.taskId())) {
                problems.add(new WriteProblem(WriteProblem.TASK, spec.taskId(), data.reason()));
            }
        }
        json.endArray();
        json.name(Names.RESUMING_TASK_ID);
        json.string(request.resumingTaskId());
        json.endObject();
    }

    private void writeMeta(PrettyJsonOutput json, ExecutionContext context, Request request,
                           List<WriteProblem> problems) throws IOException {
        json.startObject();
        json.name(Names.FORMAT_VERSION);
        json.number(FORMAT_VERSION);
        json.name(Names.CHECKPOINT_ID);
        json.string(checkpointId(context, request.createdAt()));
        json.name(Names.SESSION_ID);
        json.string(context.sessionId());
        json.name(Names.CREATED_AT);
        json.string(CREATED_AT.format(request.createdAt().atOffset(ZoneOffset.UTC)));
        json.name(Names.STEPS);
        json.number(context.steps());
        json.name(Names.START_NODE);
        json.string(context.startNode());
        writeBackend(json);
        json.name(Names.USER_METADATA);
        json.startObject();
        for (Map.Entry<String, Object> entry : request.metadata().entrySet()) {
            json.name(entry.getKey());
            try {
                json.tree(JsonValues.toTree(entry.getValue()));
            } catch (JsonValues.NotJsonException e) {
                json.string(String.valueOf(entry.getValue()));
                problems.add(new WriteProblem(WriteProblem.VALUE, "user_metadata." + entry.getKey(),
                        e.getMessage() + "; written as its text"));
            }
        }
        json.endObject();
        json.endObject();
    }

    /** The field names this writer uses, encoded once. */
    private static final class Names {
        static final PrettyJsonOutput.Name FORMAT_VERSION = new PrettyJsonOutput.Name("formatVersion");
        static final PrettyJsonOutput.Name SCHEMA_VERSION = new PrettyJsonOutput.Name("schema_version");
        static final PrettyJsonOutput.Name SESSION_ID = new PrettyJsonOutput.Name("session_id");
        static final PrettyJsonOutput.Name TRACE_ID = new PrettyJsonOutput.Name("trace_id");
        static final PrettyJsonOutput.Name START_NODE = new PrettyJsonOutput.Name("start_node");
        static final PrettyJsonOutput.Name STEPS = new PrettyJsonOutput.Name("steps");
        static final PrettyJsonOutput.Name MAX_STEPS = new PrettyJsonOutput.Name("max_steps");
        static final PrettyJsonOutput.Name DEFAULT_MAX_CYCLES = new PrettyJsonOutput.Name("default_max_cycles");
        static final PrettyJsonOutput.Name DEFAULT_MAX_RETRIES = new PrettyJsonOutput.Name("default_max_retries");
        static final PrettyJsonOutput.Name DYNAMIC_SERIAL = new PrettyJsonOutput.Name("dynamic_serial");
        static final PrettyJsonOutput.Name GRAPH = new PrettyJsonOutput.Name("graph");
        static final PrettyJsonOutput.Name NODES = new PrettyJsonOutput.Name("nodes");
        static final PrettyJsonOutput.Name EDGES = new PrettyJsonOutput.Name("edges");
        static final PrettyJsonOutput.Name DOCUMENT_PATH = new PrettyJsonOutput.Name("document_path");
        static final PrettyJsonOutput.Name CHANNEL = new PrettyJsonOutput.Name("channel");
        static final PrettyJsonOutput.Name NON_SERIALIZABLE_VALUES = new PrettyJsonOutput.Name("non_serializable_values");
        static final PrettyJsonOutput.Name KEY = new PrettyJsonOutput.Name("key");
        static final PrettyJsonOutput.Name TYPE = new PrettyJsonOutput.Name("type");
        static final PrettyJsonOutput.Name CYCLE_LIMITS = new PrettyJsonOutput.Name("cycle_limits");
        static final PrettyJsonOutput.Name RETRY_COUNTS = new PrettyJsonOutput.Name("retry_counts");
        static final PrettyJsonOutput.Name LAST_ERRORS = new PrettyJsonOutput.Name("last_errors");
        static final PrettyJsonOutput.Name COMPLETED_TASKS = new PrettyJsonOutput.Name("completed_tasks");
        static final PrettyJsonOutput.Name CYCLE_COUNTS = new PrettyJsonOutput.Name("cycle_counts");
        static final PrettyJsonOutput.Name BACKEND = new PrettyJsonOutput.Name("backend");
        static final PrettyJsonOutput.Name PENDING_TASKS = new PrettyJsonOutput.Name("pending_tasks");
        static final PrettyJsonOutput.Name RESUMING_TASK_ID = new PrettyJsonOutput.Name("resuming_task_id");
        static final PrettyJsonOutput.Name CHECKPOINT_ID = new PrettyJsonOutput.Name("checkpoint_id");
        static final PrettyJsonOutput.Name CREATED_AT = new PrettyJsonOutput.Name("created_at");
        static final PrettyJsonOutput.Name USER_METADATA = new PrettyJsonOutput.Name("user_metadata");
        static final PrettyJsonOutput.Name ID = new PrettyJsonOutput.Name("id");
        static final PrettyJsonOutput.Name TASK_ID = new PrettyJsonOutput.Name("task_id");
        static final PrettyJsonOutput.Name STATUS = new PrettyJsonOutput.Name("status");
        static final PrettyJsonOutput.Name RETRY_COUNT = new PrettyJsonOutput.Name("retry_count");
        static final PrettyJsonOutput.Name MAX_RETRIES = new PrettyJsonOutput.Name("max_retries");
        static final PrettyJsonOutput.Name LAST_ERROR = new PrettyJsonOutput.Name("last_error");
        static final PrettyJsonOutput.Name GROUP_ID = new PrettyJsonOutput.Name("group_id");
        static final PrettyJsonOutput.Name TASK_DATA = new PrettyJsonOutput.Name("task_data");
        static final PrettyJsonOutput.Name SERIALIZABLE = new PrettyJsonOutput.Name("serializable");
        static final PrettyJsonOutput.Name REASON = new PrettyJsonOutput.Name("reason");
        static final PrettyJsonOutput.Name OPTIONS = new PrettyJsonOutput.Name("options");

        private Names() {
        }
    }

    /** Graflow's checkpoint id: {@code <session>_<steps>_<unix seconds>}. */
    public static String checkpointId(ExecutionContext context, Instant createdAt) {
        return context.sessionId() + "_" + context.steps() + "_" + createdAt.getEpochSecond();
    }

    private static void writeIdentity(PrettyJsonOutput json, ExecutionContext context) throws IOException {
        json.name(Names.SESSION_ID);
        json.string(context.sessionId());
        json.name(Names.TRACE_ID);
        json.string(context.traceId());
        json.name(Names.START_NODE);
        json.string(context.startNode());
        json.name(Names.STEPS);
        json.number(context.steps());
    }

    private static void writeBackend(PrettyJsonOutput json) throws IOException {
        json.name(Names.BACKEND);
        json.startObject();
        json.name(Names.CHANNEL);
        json.string("memory");
        json.endObject();
    }

    private static void writeIntMap(PrettyJsonOutput json, PrettyJsonOutput.Name name, Map<String, Integer> values)
            throws IOException {
        json.name(name);
        json.startObject();
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            json.name(entry.getKey());
            json.number(entry.getValue());
        }
        json.endObject();
    }
}
