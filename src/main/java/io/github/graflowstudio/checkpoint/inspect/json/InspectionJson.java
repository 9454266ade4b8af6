package io.github.graflowstudio.checkpoint.inspect.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes the stable {@code inspect --json} report of {@code checkpoint-inspection.md}, streaming
 * (the pending list is never copied). Ids are written exactly, with only JSON's escaping; lone
 * surrogates are escaped as {@code \\uXXXX} so the output stays valid. Non-standard numbers from
 * the files are written as strings ({@code "NaN"}), big integers as exact numbers.
 * Stateless and thread-safe.
 */
public final class InspectionJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private InspectionJson() {
    }

    /** The report as a string, all pending entries. */
    public static String toJson(CheckpointInspection inspection) {
        return toJson(inspection, -1);
    }

    /** The report as a string, with at most {@code limit} pending entries (all when negative). */
    public static String toJson(CheckpointInspection inspection, int limit) {
        StringWriter text = new StringWriter();
        try {
            write(inspection, text, limit);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return text.toString();
    }

    /**
     * Writes the report.
     *
     * @param inspection the inspection
     * @param out        where to write (not closed)
     * @param limit      the most pending entries listed; negative for all
     * @throws IOException if writing fails
     */
    public static void write(CheckpointInspection inspection, Writer out, int limit) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCharacterEscapes(new SurrogateEscapes());
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", inspection.format().wireName());
            json.writeStringField("base", inspection.base().toString());
            json.writeObjectFieldStart("files");
            for (CheckpointFile file : List.of(CheckpointFile.STATE, CheckpointFile.META, CheckpointFile.PKL,
                    CheckpointFile.CONTEXT)) {
                json.writeStringField(file.key(), inspection.fileStatus(file).wireName());
            }
            json.writeEndObject();
            pickle(json, inspection.pickle());
            state(json, inspection.state());
            meta(json, inspection.meta());
            json.writeArrayFieldStart("pending");
            List<PendingEntry> pending = inspection.pending();
            int count = limit < 0 ? pending.size() : Math.min(limit, pending.size());
            for (int i = 0; i < count; i++) {
                entry(json, pending.get(i));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("flags");
            for (InspectionFlag flag : inspection.flags()) {
                flag(json, flag);
            }
            json.writeEndArray();
            json.writeStringField("worst_severity", inspection.worstSeverity().wireName());
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void pickle(JsonGenerator json, PickleReport pickle) throws IOException {
        json.writeFieldName("pkl");
        if (pickle == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("size", pickle.size());
        json.writeFieldName("protocol");
        if (pickle.protocol() < 0) {
            json.writeNull();
        } else {
            json.writeNumber(pickle.protocol());
        }
        json.writeNumberField("opcodes", pickle.opcodeCount());
        json.writeBooleanField("valid", pickle.valid());
        json.writeEndObject();
    }

    private static void state(JsonGenerator json, StateSummary state) throws IOException {
        json.writeFieldName("state");
        if (state == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        raw(json, "session_id", state.fields());
        raw(json, "steps", state.fields());
        raw(json, "start_node", state.fields());
        json.writeArrayFieldStart("completed_tasks");
        for (String id : state.completedTasks()) {
            json.writeString(id);
        }
        json.writeEndArray();
        raw(json, "cycle_counts", state.fields());
        raw(json, "resuming_task_id", state.fields());
        json.writeNumberField("pending_count", state.pendingCount());
        json.writeEndObject();
    }

    private static void meta(JsonGenerator json, MetaSummary meta) throws IOException {
        json.writeFieldName("meta");
        if (meta == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        raw(json, "checkpoint_id", meta.fields());
        raw(json, "created_at", meta.fields());
        raw(json, "user_metadata", meta.fields());
        json.writeEndObject();
    }

    private static void entry(JsonGenerator json, PendingEntry entry) throws IOException {
        Map<String, JsonValue> unusual = entry.unusualValues();
        json.writeStartObject();
        json.writeNumberField("index", entry.index());
        text(json, "task_id", entry.taskId(), unusual);
        text(json, "task_id_display", entry.taskIdDisplay(), Map.of());
        text(json, "status", entry.status(), unusual);
        number(json, "retry_count", entry.retryCount(), unusual);
        number(json, "max_retries", entry.maxRetries(), unusual);
        text(json, "last_error", entry.lastError(), unusual);
        text(json, "strategy", entry.strategy(), unusual);
        json.writeBooleanField("serializable", entry.serializableVerdict());
        json.writeArrayFieldStart("flags");
        for (FlagCode code : entry.flags()) {
            json.writeString(code.name());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void flag(JsonGenerator json, InspectionFlag flag) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", flag.code().name());
        json.writeStringField("severity", flag.severity().wireName());
        json.writeStringField("message", flag.message());
        json.writeStringField("task_id", flag.taskId());
        json.writeStringField("hint", flag.hint());
        if (flag.jsonPath() != null) {
            json.writeStringField("json_path", flag.jsonPath());
        }
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String name, String value, Map<String, JsonValue> unusual)
            throws IOException {
        if (value == null && unusual.containsKey(name)) {
            json.writeFieldName(name);
            value(json, unusual.get(name));
        } else {
            json.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator json, String name, Long value, Map<String, JsonValue> unusual)
            throws IOException {
        json.writeFieldName(name);
        if (value != null) {
            json.writeNumber(value);
        } else if (unusual.containsKey(name)) {
            value(json, unusual.get(name));
        } else {
            json.writeNull();
        }
    }

    private static void raw(JsonGenerator json, String name, Map<String, JsonValue> fields) throws IOException {
        json.writeFieldName(name);
        JsonValue value = fields.get(name);
        value(json, value == null ? JsonValue.NULL : value);
    }

    /** Writes a tree exactly; non-standard numbers become strings so the report stays standard JSON. */
    static void value(JsonGenerator json, JsonValue value) throws IOException {
        if (value instanceof JsonValue.ObjectValue object) {
            json.writeStartObject();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                json.writeFieldName(member.getKey());
                value(json, member.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof JsonValue.ArrayValue array) {
            json.writeStartArray();
            for (JsonValue item : array.items()) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof JsonValue.StringValue text) {
            json.writeString(text.value());
        } else if (value instanceof JsonValue.NumberValue number) {
            if (number.nonFinite()) {
                json.writeString(number.literal());
            } else {
                json.writeNumber(number.literal());
            }
        } else if (value instanceof JsonValue.BooleanValue bool) {
            json.writeBoolean(bool.value());
        } else {
            json.writeNull();
        }
    }

    /** Escapes surrogate characters, so that lone ones cannot break the output encoding. */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int character) {
            if (Character.isSurrogate((char) character)) {
                return new SerializedString(String.format("\\u%04x", character));
            }
            return null;
        }
    }
}
