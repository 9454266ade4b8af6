package io.github.graflowstudio.checkpoint.inspect.json;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.ContextSummary;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.NonSerializableValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a studio {@code <base>.context.json}: the stored graph's nodes ({@code graph.nodes[]} as our
 * writer stores them, else an inline document or the document file named by {@code document_path}),
 * the dynamic tasks and the values left out. The
 * channel is skipped (its numbers still watched). Thread-safe; each parse has its own state.
 */
public final class ContextFileParser {
    private final JsonFileReader reader;

    /**
     * A parser using the given file reader.
     *
     * @param reader the reader (and its size cap)
     */
    public ContextFileParser(JsonFileReader reader) {
        this.reader = reader;
    }

    /** Reads the file. */
    public ParsedFile<ContextSummary> parse(Path file) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        List<InspectionFlag> flags = new ArrayList<>();
        Set<String> dynamicIds = new LinkedHashSet<>();
        List<NonSerializableValue> leftOut = new ArrayList<>();
        AtomicReference<Map<String, GraphNode>> graph = new AtomicReference<>();
        JsonFileReader.Result result = reader.read(file, CheckpointFile.CONTEXT, (name, source) -> {
            switch (name) {
                case "graph" -> graph.set(graph(source.readValue(), file, flags));
                case "channel" -> source.skipValue();
                case "dynamic_tasks" -> dynamicTasks(source.readValue(), dynamicIds);
                case "non_serializable_values" -> leftOut(source.readValue(), leftOut);
                default -> fields.put(name, source.readValue());
            }
        });
        return ParsedFile.of(result, flags, new ContextSummary(fields, graph.get(), dynamicIds, leftOut));
    }

    private Map<String, GraphNode> graph(JsonValue graph, Path contextFile, List<InspectionFlag> flags) {
        if (graph.get("nodes") instanceof JsonValue.ArrayValue) {
            return nodes(graph);
        }
        JsonValue document = graph.get("document");
        if (document instanceof JsonValue.ObjectValue) {
            return nodes(document);
        }
        String documentPath = graph.get("document_path") == null ? null : graph.get("document_path").asText();
        if (documentPath == null) {
            flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD,
                    "context.json: graph has neither a document nor a document_path", "$.graph"));
            return null;
        }
        Path documentFile = contextFile.toAbsolutePath().getParent().resolve(documentPath);
        List<JsonValue> nodes = new ArrayList<>();
        JsonFileReader.Result result = reader.read(documentFile, CheckpointFile.CONTEXT, (name, source) -> {
            if (name.equals("nodes")) {
                nodes.add(source.readValue());
            } else {
                source.skipValue();
            }
        });
        if (result.status() != FileStatus.OK || nodes.isEmpty()) {
            flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD, "context.json: the graph document "
                    + documentPath + " could not be read (" + (result.status() == FileStatus.OK ? "no nodes"
                    : result.status().wireName()) + "); pending ids are not checked against it",
                    "$.graph.document_path"));
            return null;
        }
        return nodes(new JsonValue.ObjectValue(Map.of("nodes", nodes.get(nodes.size() - 1))));
    }

    private static Map<String, GraphNode> nodes(JsonValue document) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        if (document.get("nodes") instanceof JsonValue.ArrayValue array) {
            for (JsonValue node : array.items()) {
                String id = node.get("id") == null ? null : node.get("id").asText();
                if (id != null) {
                    // our writer's graph.nodes[] carry task_data {strategy, kind, config}; a document's nodes carry kind/config
                    JsonValue data = node.get("task_data");
                    JsonValue holder = node.get("kind") == null && data instanceof JsonValue.ObjectValue ? data : node;
                    JsonValue kind = holder.get("kind") != null ? holder.get("kind")
                            : holder.get("type") != null ? holder.get("type") : holder.get("strategy");
                    nodes.put(id, new GraphNode(id, kind == null ? null : kind.asText(), holder.get("config")));
                }
            }
        }
        return nodes;
    }

    private static void dynamicTasks(JsonValue value, Set<String> ids) {
        if (value instanceof JsonValue.ArrayValue array) {
            for (JsonValue task : array.items()) {
                JsonValue id = task.get("task_id");
                if (id != null && id.asText() != null) {
                    ids.add(id.asText());
                }
            }
        }
    }

    private static void leftOut(JsonValue value, List<NonSerializableValue> leftOut) {
        if (value instanceof JsonValue.ArrayValue array) {
            for (JsonValue item : array.items()) {
                leftOut.add(new NonSerializableValue(text(item, "key"), text(item, "type"), text(item, "reason")));
            }
        }
    }

    private static String text(JsonValue object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value.asText() != null ? value.asText() : value.toShortJson();
    }
}
