package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.engine.RetryPolicy;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts task references ({@code task_data}) and task options to and from JSON.
 * Stateless and thread-safe.
 */
public final class TaskDataCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TaskDataCodec() {
    }

    /**
     * A task reference in JSON form.
     *
     * @param json         the {@code task_data} object
     * @param serializable whether the task can be rebuilt from it
     * @param reason       why not, or {@code null}
     */
    public record TaskData(ObjectNode json, boolean serializable, String reason) {
    }

    /** The {@code task_data} of a reference; never throws (unwritable parts become a reason). */
    public static TaskData encode(TaskReference reference) {
        ObjectNode json = NODES.objectNode();
        json.put("strategy", reference.strategy());
        try {
            if (reference instanceof TaskReference.Kind kind) {
                json.put("kind", kind.kind());
                json.set("config", JsonValues.toTree(kind.config()));
            } else if (reference instanceof TaskReference.ClassReference type) {
                json.put("class", type.className());
                json.put("method", type.method());
            } else if (reference instanceof TaskReference.Iteration iteration) {
                json.put("base", iteration.baseId());
                json.set("data", JsonValues.toTree(iteration.data()));
            } else if (reference instanceof TaskReference.Group group) {
                json.set("members", JsonValues.toTree(group.members()));
                json.set("policy", JsonValues.toTree(group.policy()));
            } else {
                return new TaskData(json, false, ((TaskReference.NotSerializable) reference).reason());
            }
        } catch (JsonValues.NotJsonException e) {
            return new TaskData(json, false, "task data cannot be written as JSON: " + e.getMessage());
        }
        return new TaskData(json, true, null);
    }

    /**
     * The reference written as {@code task_data}.
     *
     * @throws IllegalArgumentException for an unknown or malformed strategy
     */
    @SuppressWarnings("unchecked")
    public static TaskReference decode(JsonNode json, String reason) {
        String strategy = json == null ? "none" : json.path("strategy").asText("none");
        switch (strategy) {
            case "kind":
                return new TaskReference.Kind(requireText(json, "kind"),
                        (Map<String, Object>) asMap(JsonValues.fromTree(json.get("config"))));
            case "reference":
                return new TaskReference.ClassReference(requireText(json, "class"),
                        json.path("method").isTextual() ? json.get("method").textValue() : null);
            case "iteration":
                return new TaskReference.Iteration(requireText(json, "base"), JsonValues.fromTree(json.get("data")));
            case "group":
                List<String> members = new ArrayList<>();
                for (JsonNode member : json.path("members")) {
                    members.add(member.asText());
                }
                return new TaskReference.Group(members, JsonValues.fromTree(json.get("policy")));
            case "none":
                return new TaskReference.NotSerializable(reason == null ? "no task reference was written" : reason);
            default:
                throw new IllegalArgumentException("unknown task_data strategy '" + strategy + "'");
        }
    }

    /** Task options as JSON. */
    public static ObjectNode encodeOptions(TaskOptions options) {
        ObjectNode json = NODES.objectNode();
        json.set("max_retries", options.maxRetries() == null ? NODES.nullNode() : NODES.numberNode(options.maxRetries()));
        json.set("max_cycles", options.maxCycles() == null ? NODES.nullNode() : NODES.numberNode(options.maxCycles()));
        RetryPolicy policy = options.retryPolicy();
        if (policy == null) {
            json.putNull("retry_policy");
        } else {
            ObjectNode retry = json.putObject("retry_policy");
            retry.put("max_retries", policy.maxRetries());
            retry.put("initial_interval_ms", policy.initialIntervalMillis());
            retry.put("backoff_factor", policy.backoffFactor());
            retry.put("max_interval_ms", policy.maxIntervalMillis());
            retry.put("jitter", policy.jitter());
        }
        return json;
    }

    /** Task options from JSON ({@link TaskOptions#DEFAULTS} when absent). */
    public static TaskOptions decodeOptions(JsonNode json) {
        if (json == null || !json.isObject()) {
            return TaskOptions.DEFAULTS;
        }
        Integer maxRetries = json.path("max_retries").isIntegralNumber() ? json.get("max_retries").intValue() : null;
        Integer maxCycles = json.path("max_cycles").isIntegralNumber() ? json.get("max_cycles").intValue() : null;
        JsonNode retry = json.path("retry_policy");
        RetryPolicy policy = null;
        if (retry.isObject()) {
            policy = new RetryPolicy(retry.path("max_retries").asInt(0), retry.path("initial_interval_ms").asLong(0),
                    retry.path("backoff_factor").asDouble(1.0), retry.path("max_interval_ms").asLong(0),
                    retry.path("jitter").asBoolean(false));
        }
        return new TaskOptions(maxRetries, policy, maxCycles);
    }

    private static Object asMap(Object value) {
        return value instanceof Map ? value : Map.of();
    }

    private static String requireText(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("task_data '" + json.path("strategy").asText() + "' needs a text field '"
                    + field + "'");
        }
        return value.textValue();
    }
}
