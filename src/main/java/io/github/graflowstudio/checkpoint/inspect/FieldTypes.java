package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.util.Map;

/** UNEXPECTED_FIELD checks for the known top-level members of state and meta. Stateless and thread-safe. */
final class FieldTypes {
    private static final Map<String, String> STATE = Map.of("schema_version", "string", "session_id", "string",
            "trace_id", "string|null", "start_node", "string|null", "steps", "integer", "cycle_counts", "object",
            "backend", "object", "resuming_task_id", "string|null", "resume_from_current_task", "boolean",
            "formatVersion", "integer");
    private static final Map<String, String> META = Map.of("checkpoint_id", "string", "session_id", "string",
            "created_at", "string", "steps", "integer", "start_node", "string|null", "backend", "object",
            "user_metadata", "object", "formatVersion", "integer");

    private FieldTypes() {
    }

    static void checkState(Map<String, JsonValue> fields, FlagCollector flags) {
        check("state.json", STATE, fields, flags);
    }

    static void checkMeta(Map<String, JsonValue> fields, FlagCollector flags) {
        check("meta.json", META, fields, flags);
    }

    private static void check(String file, Map<String, String> expected, Map<String, JsonValue> fields,
                              FlagCollector flags) {
        fields.forEach((key, value) -> {
            String type = expected.get(key);
            if (type != null && !matches(type, value)) {
                flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD, file + " " + key + " is "
                        + value.typeName() + " " + value.toShortJson() + ", expected " + type, "$." + key));
            }
        });
    }

    static boolean matches(String type, JsonValue value) {
        if (type.endsWith("|null") && value == JsonValue.NULL) {
            return true;
        }
        return switch (type.replace("|null", "")) {
            case "string" -> value instanceof JsonValue.StringValue;
            case "object" -> value instanceof JsonValue.ObjectValue;
            case "boolean" -> value instanceof JsonValue.BooleanValue;
            case "integer" -> value instanceof JsonValue.NumberValue number && number.integral();
            default -> true;
        };
    }
}
