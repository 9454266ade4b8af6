package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.checkpoint.WriteProblem;
import io.github.graflowstudio.checkpoint.store.AtomicFiles;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.TaskSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one set in our format: context, then state, then meta (the commit marker), each
 * atomically, keeping the previous set at the same base as {@code .prev} files.
 * Thread-safe (stateless apart from the shared, thread-safe JSON factory).
 */
public final class StudioSetWriter {
    /** The format version this build writes and reads. */
    public static final int FORMAT_VERSION = 1;
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = mapper.getFactory();

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
        EncodedTasks taskData = new EncodedTasks(mapper);
        List<TaskSpec> pending = context.queue().pendingSpecs();
        AtomicFiles.write(contextFile, out -> writeContext(out, context, request, taskData, problems));
        AtomicFiles.write(stateFile, out -> writeState(out, context, pending, request, taskData, problems));
        AtomicFiles.write(metaFile, out -> writeMeta(out, context, request, problems));
        return problems;
    }

    private JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(new IndentingPrettyPrinter());
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    private void writeContext(OutputStream out, ExecutionContext context, Request request,
                              EncodedTasks taskData, List<WriteProblem> problems) throws IOException {
        try (JsonGenerator json = open(out)) {
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            writeIdentity(json, context);
            json.writeNumberField("max_steps", context.maxSteps());
            json.writeNumberField("default_max_cycles", context.cycles().defaultMaxCycles());
            json.writeNumberField("default_max_retries", context.retries().defaultMaxRetries());
            json.writeNumberField("dynamic_serial", context.dynamicSerial());
            writeGraph(json, context.graph(), request.documentPath(), taskData);
            json.writeObjectFieldStart("channel");
            List<String[]> unwritable = new ArrayList<>();
            for (Map.Entry<String, Object> entry : context.channel().snapshot().entrySet()) {
                try {
                    JsonNode value = JsonValues.toTree(entry.getValue());
                    json.writeFieldName(entry.getKey());
                    mapper.writeTree(json, value);
                } catch (JsonValues.NotJsonException e) {
                    unwritable.add(new String[] {entry.getKey(), e.typeName(), e.getMessage()});
                    problems.add(new WriteProblem(WriteProblem.VALUE, entry.getKey(), e.getMessage()));
                }
            }
            json.writeEndObject();
            json.writeArrayFieldStart("non_serializable_values");
            for (String[] value : unwritable) {
                json.writeStartObject();
                json.writeStringField("key", value[0]);
                json.writeStringField("type", value[1]);
                json.writeStringField("reason", value[2]);
                json.writeEndObject();
            }
            json.writeEndArray();
            writeIntMap(json, "cycle_limits", context.cycleLimits());
            writeIntMap(json, "retry_counts", context.retries().countsSnapshot());
            json.writeObjectFieldStart("last_errors");
            for (Map.Entry<String, String> entry : context.retries().lastErrorsSnapshot().entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private void writeGraph(JsonGenerator json, TaskGraph graph, String documentPath,
                            EncodedTasks taskData) throws IOException {
        json.writeObjectFieldStart("graph");
        json.writeArrayFieldStart("nodes");
        for (Task task : graph.tasks()) {
            EncodedTasks.Encoded encoded = taskData.of(task);
            TaskDataCodec.TaskData data = encoded.data();
            json.writeStartObject();
            json.writeFieldName(Names.ID);
            json.writeString(task.id());
            json.writeFieldName(Names.TASK_DATA);
            encoded.json().writeTo(json, printer(json));
            json.writeFieldName(Names.SERIALIZABLE);
            json.writeBoolean(data.serializable());
            json.writeFieldName(Names.REASON);
            json.writeString(data.reason());
            json.writeFieldName(Names.OPTIONS);
            taskData.options(task.options()).writeTo(json, printer(json));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
        for (String[] edge : graph.edges()) {
            json.writeStartArray();
            json.writeString(edge[0]);
            json.writeString(edge[1]);
            json.writeEndArray();
        }
        json.writeEndArray();
        if (documentPath != null) {
            json.writeStringField("document_path", documentPath);
        }
        json.writeEndObject();
    }

    private void writeState(OutputStream out, ExecutionContext context, List<TaskSpec> pending, Request request,
                            EncodedTasks taskData, List<WriteProblem> problems) throws IOException {
        try (JsonGenerator json = open(out)) {
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeStringField("schema_version", "1.0");
            writeIdentity(json, context);
            json.writeArrayFieldStart("completed_tasks");
            for (String id : context.completedTasks()) {
                json.writeString(id);
            }
            json.writeEndArray();
            writeIntMap(json, "cycle_counts", context.cycles().snapshot());
            writeBackend(json);
            json.writeArrayFieldStart("pending_tasks");
            java.util.Set<String> reported = new java.util.HashSet<>();
            CreatedAtText createdAt = new CreatedAtText();
            for (TaskSpec spec : pending) {
                EncodedTasks.Encoded encoded = taskData.of(spec.task());
                TaskDataCodec.TaskData data = encoded.data();
                // pre-encoded names: one entry per pending task makes this the hot loop of a large set
                json.writeStartObject();
                json.writeFieldName(Names.TASK_ID);
                json.writeString(spec.taskId());
                json.writeFieldName(Names.STATUS);
                json.writeString(spec.status().wireName());
                json.writeFieldName(Names.CREATED_AT);
                createdAt.write(json, spec.createdAt());
                json.writeFieldName(Names.RETRY_COUNT);
                json.writeNumber(spec.retryCount());
                json.writeFieldName(Names.MAX_RETRIES);
                json.writeNumber(spec.maxRetries());
                json.writeFieldName(Names.LAST_ERROR);
                json.writeString(spec.lastError());
                json.writeFieldName(Names.GROUP_ID);
                json.writeString(spec.groupId());
                json.writeFieldName(Names.TASK_DATA);
                encoded.json().writeTo(json, printer(json));
                json.writeFieldName(Names.SERIALIZABLE);
                json.writeBoolean(data.serializable());
                json.writeFieldName(Names.REASON);
                json.writeString(data.reason());
                json.writeEndObject();
                if (!data.serializable() && reported.add(spec.taskId())) {
                    problems.add(new WriteProblem(WriteProblem.TASK, spec.taskId(), data.reason()));
                }
            }
            json.writeEndArray();
            json.writeStringField("resuming_task_id", request.resumingTaskId());
            json.writeEndObject();
        }
    }

    private void writeMeta(OutputStream out, ExecutionContext context, Request request, List<WriteProblem> problems)
            throws IOException {
        try (JsonGenerator json = open(out)) {
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeStringField("checkpoint_id", checkpointId(context, request.createdAt()));
            json.writeStringField("session_id", context.sessionId());
            json.writeStringField("created_at", CREATED_AT.format(request.createdAt().atOffset(ZoneOffset.UTC)));
            json.writeNumberField("steps", context.steps());
            json.writeStringField("start_node", context.startNode());
            writeBackend(json);
            json.writeObjectFieldStart("user_metadata");
            for (Map.Entry<String, Object> entry : request.metadata().entrySet()) {
                json.writeFieldName(entry.getKey());
                try {
                    mapper.writeTree(json, JsonValues.toTree(entry.getValue()));
                } catch (JsonValues.NotJsonException e) {
                    json.writeString(String.valueOf(entry.getValue()));
                    problems.add(new WriteProblem(WriteProblem.VALUE, "user_metadata." + entry.getKey(),
                            e.getMessage() + "; written as its text"));
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** Field names of graph nodes and pending entries, encoded once. */
    private static final class Names {
        static final SerializableString ID = new SerializedString("id");
        static final SerializableString TASK_ID = new SerializedString("task_id");
        static final SerializableString STATUS = new SerializedString("status");
        static final SerializableString CREATED_AT = new SerializedString("created_at");
        static final SerializableString RETRY_COUNT = new SerializedString("retry_count");
        static final SerializableString MAX_RETRIES = new SerializedString("max_retries");
        static final SerializableString LAST_ERROR = new SerializedString("last_error");
        static final SerializableString GROUP_ID = new SerializedString("group_id");
        static final SerializableString TASK_DATA = new SerializedString("task_data");
        static final SerializableString SERIALIZABLE = new SerializedString("serializable");
        static final SerializableString REASON = new SerializedString("reason");
        static final SerializableString OPTIONS = new SerializedString("options");

        private Names() {
        }
    }

    /**
     * Writes {@code created_at} as {@code writeNumber(double)} does, reusing the text while
     * consecutive entries share a time (tasks queued together do).
     */
    private static final class CreatedAtText {
        private double last = Double.NaN;
        private SerializableString text;

        void write(JsonGenerator json, double value) throws IOException {
            if (!Double.isFinite(value)) {
                json.writeNumber(value);
                return;
            }
            if (text == null || Double.doubleToLongBits(value) != Double.doubleToLongBits(last)) {
                last = value;
                text = new SerializedString(Double.toString(value));
            }
            json.writeRawValue(text);
        }
    }

    private static IndentingPrettyPrinter printer(JsonGenerator json) {
        return (IndentingPrettyPrinter) json.getPrettyPrinter();
    }

    /** Graflow's checkpoint id: {@code <session>_<steps>_<unix seconds>}. */
    public static String checkpointId(ExecutionContext context, Instant createdAt) {
        return context.sessionId() + "_" + context.steps() + "_" + createdAt.getEpochSecond();
    }

    private static void writeIdentity(JsonGenerator json, ExecutionContext context) throws IOException {
        json.writeStringField("session_id", context.sessionId());
        json.writeStringField("trace_id", context.traceId());
        json.writeStringField("start_node", context.startNode());
        json.writeNumberField("steps", context.steps());
    }

    private static void writeBackend(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("backend");
        json.writeStringField("channel", "memory");
        json.writeEndObject();
    }

    private static void writeIntMap(JsonGenerator json, String name, Map<String, Integer> values) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }
}
