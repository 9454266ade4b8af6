package io.github.graflowstudio.checkpoint.inspect.json;

import com.fasterxml.jackson.core.JsonToken;
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
 * the dynamic tasks and the values left out. The channel is skipped (its numbers still watched).
 *
 * <p>The graph is streamed node by node: each node is read as a tree of its own (bounded as every
 * tree is), only its id, kind and config are kept, and the rest of the graph (edges, other
 * members) is skipped. At most {@link #DEFAULT_MAX_GRAPH_NODES} nodes are kept (a file of tiny
 * nodes could otherwise fill the memory): beyond that the graph is left unknown with an
 * {@code UNEXPECTED_FIELD} flag, and pending ids are not checked against it.
 *
 * <p>Thread-safe; each parse has its own state.
 */
public final class ContextFileParser {
    /**
     * The most graph nodes kept by default: twice the largest sets the benchmarks write, a few
     * hundred megabytes at most however small the nodes are.
     */
    public static final int DEFAULT_MAX_GRAPH_NODES = 2_000_000;

    private final JsonFileReader reader;
    private final int maxGraphNodes;

    /**
     * A parser using the given file reader.
     *
     * @param reader the reader (and its size cap)
     */
    public ContextFileParser(JsonFileReader reader) {
        this(reader, DEFAULT_MAX_GRAPH_NODES);
    }

    /**
     * A parser keeping at most {@code maxGraphNodes} graph nodes.
     *
     * @param reader        the reader (and its size cap)
     * @param maxGraphNodes the most nodes kept
     */
    public ContextFileParser(JsonFileReader reader, int maxGraphNodes) {
        if (maxGraphNodes < 0) {
            throw new IllegalArgumentException("maxGraphNodes must be >= 0, was " + maxGraphNodes);
        }
        this.reader = reader;
        this.maxGraphNodes = maxGraphNodes;
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
                case "graph" -> graph.set(graph(source, file, flags));
                case "channel" -> source.skipValue();
                case "dynamic_tasks" -> dynamicTasks(source.readValue(), dynamicIds);
                case "non_serializable_values" -> leftOut(source.readValue(), leftOut);
                default -> fields.put(name, source.readValue());
            }
        });
        return ParsedFile.of(result, flags, new ContextSummary(fields, graph.get(), dynamicIds, leftOut));
    }

    /** The graph member, positioned on its first token. */
    private Map<String, GraphNode> graph(JsonSource source, Path contextFile, List<InspectionFlag> flags)
            throws IOException {
        if (source.token() != JsonToken.START_OBJECT) {
            source.readValue();
            return noGraph(flags);
        }
        Nodes nodes = null;
        Nodes documentNodes = null;
        String documentPath = null;
        while (source.next() == JsonToken.FIELD_NAME) {
            String name = source.text();
            JsonToken token = source.next();
            if ("nodes".equals(name) && token == JsonToken.START_ARRAY) {
                nodes = nodes(source);
            } else if ("document".equals(name) && token == JsonToken.START_OBJECT) {
                documentNodes = documentNodes(source);
            } else if ("document_path".equals(name)) {
                JsonValue path = source.readValue();
                documentPath = path.asText();
            } else {
                source.skipValue();
            }
        }
        if (nodes != null) {
            return nodes.kept(flags, "$.graph.nodes");
        }
        if (documentNodes != null) {
            return documentNodes.kept(flags, "$.graph.document.nodes");
        }
        if (documentPath == null) {
            return noGraph(flags);
        }
        return documentFile(contextFile, documentPath, flags);
    }

    private static Map<String, GraphNode> noGraph(List<InspectionFlag> flags) {
        flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD,
                "context.json: graph has neither a document nor a document_path", "$.graph"));
        return null;
    }

    /** The nodes of the document file named by {@code document_path}. */
    private Map<String, GraphNode> documentFile(Path contextFile, String documentPath, List<InspectionFlag> flags) {
        Path documentFile = contextFile.toAbsolutePath().getParent().resolve(documentPath);
        AtomicReference<Nodes> nodes = new AtomicReference<>();
        JsonFileReader.Result result = reader.read(documentFile, CheckpointFile.CONTEXT, (name, source) -> {
            if (!name.equals("nodes")) {
                source.skipValue();
            } else if (source.token() == JsonToken.START_ARRAY) {
                nodes.set(nodes(source));
            } else {
                source.skipValue();
                nodes.set(new Nodes(maxGraphNodes));
            }
        });
        if (result.status() != FileStatus.OK || nodes.get() == null) {
            flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD, "context.json: the graph document "
                    + documentPath + " could not be read (" + (result.status() == FileStatus.OK ? "no nodes"
                    : result.status().wireName()) + "); pending ids are not checked against it",
                    "$.graph.document_path"));
            return null;
        }
        return nodes.get().kept(flags, "$.graph.document_path");
    }

    /** The nodes of an inline document, positioned on its start. */
    private Nodes documentNodes(JsonSource source) throws IOException {
        Nodes nodes = new Nodes(maxGraphNodes);
        while (source.next() == JsonToken.FIELD_NAME) {
            String name = source.text();
            JsonToken token = source.next();
            if ("nodes".equals(name) && token == JsonToken.START_ARRAY) {
                nodes = nodes(source);
            } else {
                source.skipValue();
            }
        }
        return nodes;
    }

    /** Streams an array of nodes, positioned on its start; ends on its end. */
    private Nodes nodes(JsonSource source) throws IOException {
        Nodes nodes = new Nodes(maxGraphNodes);
        while (source.next() != JsonToken.END_ARRAY) {
            if (source.token() == null) {
                throw source.problem("unexpected end of input");
            }
            if (nodes.full()) {
                nodes.seen++;
                source.skipValue();
            } else {
                nodes.add(source.readValue());
            }
        }
        return nodes;
    }

    /** Nodes kept while streaming, up to a limit. */
    private static final class Nodes {
        private final int limit;
        private final Map<String, GraphNode> byId = new LinkedHashMap<>();
        private long seen;

        Nodes(int limit) {
            this.limit = limit;
        }

        boolean full() {
            return seen >= limit;
        }

        void add(JsonValue node) {
            seen++;
            String id = node.get("id") == null ? null : node.get("id").asText();
            if (id != null) {
                // our writer's graph.nodes[] carry task_data {strategy, kind, config}; a document's nodes carry kind/config
                JsonValue data = node.get("task_data");
                JsonValue holder = node.get("kind") == null && data instanceof JsonValue.ObjectValue ? data : node;
                JsonValue kind = holder.get("kind") != null ? holder.get("kind")
                        : holder.get("type") != null ? holder.get("type") : holder.get("strategy");
                byId.put(id, new GraphNode(id, kind == null ? null : kind.asText(), holder.get("config")));
            }
        }

        /** The nodes, or {@code null} with a flag when there were more than the limit. */
        Map<String, GraphNode> kept(List<InspectionFlag> flags, String path) {
            if (seen > limit) {
                flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD, "context.json: the stored graph has "
                        + seen + " nodes, more than the " + limit + " this inspector keeps; pending ids are not "
                        + "checked against it", path));
                return null;
            }
            return byId;
        }
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
