package io.github.graflowstudio.checkpoint.studio;

import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a studio {@code .context.json} for resuming: the graph's nodes straight into decoded
 * {@link LoadedSet.StoredNode}s (each distinct {@code task_data} and {@code options} text decoded
 * once, {@link StoredTaskDecoder}), its edges into pairs, every other member into a tree.
 *
 * <p>Nodes of a large graph mostly differ only in their id: after {@code id}, the rest of a node
 * that repeats the previous node's rest byte for byte is taken over from it
 * ({@link JsonScanner#skipRepeatedRest}).
 *
 * <p>Not thread-safe: one instance per file.
 */
final class ContextFileReader extends ObjectFileReader {
    /** The members of a graph node in the order our writer writes them. */
    private static final JsonScanner.Name[] NODE_ORDER = RecordFields.names("id", "task_data", "serializable",
            "reason", "options");

    private final List<LoadedSet.StoredNode> nodes = new ArrayList<>();
    private final List<String[]> edges = new ArrayList<>();
    private final StoredTaskDecoder decoder = new StoredTaskDecoder();
    private final JsonScanner.Repeated lastRest = new JsonScanner.Repeated();
    /** The node being read (one object for all nodes). */
    private final NodeFields node = new NodeFields();
    /** Reads one member of a record (made once: a method reference made per record is an object per record). */
    private final RecordFields.MemberReader<NodeFields> nodeReader = this::nodeMember;

    /** A reader of {@code file}. */
    ContextFileReader(Path file) {
        this(file, JsonFileReading.BUFFER_BYTES);
    }

    /** A reader of {@code file} starting with a buffer of {@code bufferBytes} (tests use tiny ones). */
    ContextFileReader(Path file, int bufferBytes) {
        super(file, bufferBytes);
    }

    /** Reads the file. */
    ContextFileReader read() {
        readFile("context");
        return this;
    }

    /** The stored graph. */
    LoadedSet.StoredGraph graph() {
        return new LoadedSet.StoredGraph(nodes, edges);
    }

    @Override
    void member(String name, JsonScanner scanner) throws IOException {
        if (!"graph".equals(name) || scanner.token() != JsonScanner.Token.START_OBJECT) {
            keep(name, scanner);
            return;
        }
        while (scanner.next() == JsonScanner.Token.NAME) {
            String member = scanner.text();
            JsonScanner.Token token = scanner.next();
            if ("nodes".equals(member) && token == JsonScanner.Token.START_ARRAY) {
                while (scanner.next() != JsonScanner.Token.END_ARRAY) {
                    nodes.add(node(scanner));
                }
            } else if ("edges".equals(member) && token == JsonScanner.Token.START_ARRAY) {
                while (scanner.next() != JsonScanner.Token.END_ARRAY) {
                    edges.add(edge(scanner));
                }
            } else {
                scanner.skipValue();
            }
        }
    }

    private LoadedSet.StoredNode node(JsonScanner scanner) throws IOException {
        if (scanner.token() != JsonScanner.Token.START_OBJECT) {
            throw new CheckpointLoadException(file + ": graph.nodes[" + nodes.size() + "] is not an object");
        }
        NodeFields node = this.node;
        node.read(scanner, NODE_ORDER, NodeFields.ID, 1, lastRest, nodeReader);
        if (node.id == null) {
            throw new CheckpointLoadException(file + ": graph.nodes[" + nodes.size() + "] has no id");
        }
        try {
            TaskReference reference = decoder.reference(node.taskData, node.reason);
            TaskOptions options = decoder.options(node.options);
            return new LoadedSet.StoredNode(node.id, reference, options, null);
        } catch (IllegalArgumentException e) {
            return new LoadedSet.StoredNode(node.id, null, null, e.getMessage());
        }
    }

    private void nodeMember(NodeFields node, String name, JsonScanner scanner) throws IOException {
        scanner.next();
        switch (name) {
            case "id" -> {
                node.id = JsonScalars.text(scanner);
                node.assign(NodeFields.ID);
            }
            case "task_data" -> {
                node.taskData = decoder.readTaskData(scanner);
                node.assign(NodeFields.TASK_DATA);
            }
            case "options" -> {
                node.options = decoder.readOptions(scanner);
                node.assign(NodeFields.OPTIONS);
            }
            case "reason" -> {
                node.reason = JsonScalars.text(scanner);
                node.assign(NodeFields.REASON);
            }
            default -> scanner.skipValue();
        }
    }

    private String[] edge(JsonScanner scanner) throws IOException {
        String[] edge = new String[2];
        if (scanner.token() == JsonScanner.Token.START_ARRAY
                && scanner.next() == JsonScanner.Token.STRING && (edge[0] = scanner.text()) != null
                && scanner.next() == JsonScanner.Token.STRING && (edge[1] = scanner.text()) != null
                && scanner.next() == JsonScanner.Token.END_ARRAY) {
            return edge;
        }
        throw new CheckpointLoadException(file + ": graph.edges[" + edges.size() + "] is not a pair of task ids");
    }

    /** The members of one node as they are read. */
    private static final class NodeFields extends RecordFields<NodeFields> {
        static final int ID = 1;
        static final int TASK_DATA = 1 << 1;
        static final int OPTIONS = 1 << 2;
        static final int REASON = 1 << 3;

        String id;
        Object taskData;
        Object options;
        String reason;

        @Override
        void clearValues() {
            id = null;
            taskData = null;
            options = null;
            reason = null;
        }

        @Override
        NodeFields copy() {
            NodeFields copy = new NodeFields();
            copy.id = id;
            copy.taskData = taskData;
            copy.options = options;
            copy.reason = reason;
            return copy;
        }

        @Override
        void takeRest(NodeFields other) {
            if ((other.restAssigned & ID) != 0) {
                id = other.id;
            }
            taskData = other.taskData;
            options = other.options;
            reason = other.reason;
        }
    }
}
