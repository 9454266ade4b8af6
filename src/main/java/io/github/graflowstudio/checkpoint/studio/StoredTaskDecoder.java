package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Collection;

/**
 * Decodes the {@code task_data} and {@code options} of the stored graph's nodes, each distinct JSON
 * text once: a large set repeats the same few texts for most of its nodes. A decoded reference is
 * shared between nodes only when it holds nothing mutable (a config of plain values, say); other
 * references are decoded again for every node from the tree read once. Not thread-safe: one
 * instance per file read.
 */
final class StoredTaskDecoder {
    private static final int MAX_CACHED = 4096;

    private final ByteKeyedCache<Object> taskData = new ByteKeyedCache<>(MAX_CACHED);
    private final ByteKeyedCache<Object> options = new ByteKeyedCache<>(MAX_CACHED);
    private final JsonScanner.Repeated lastTaskData = new JsonScanner.Repeated();
    private final JsonScanner.Repeated lastOptions = new JsonScanner.Repeated();

    /** A value that could not be decoded. */
    private record Problem(String message) {
    }

    /**
     * Reads the {@code task_data} value the scanner is on, for {@link #reference}.
     *
     * @return a shared reference, a tree to decode per node, or a problem
     */
    Object readTaskData(JsonScanner scanner) throws IOException {
        if (scanner.token() != JsonScanner.Token.START_OBJECT) {
            return JsonTreeReader.read(scanner);
        }
        if (scanner.skipRepeated(lastTaskData)) {
            return lastTaskData.meaning();
        }
        scanner.markValue();
        scanner.skipValue();
        Object known = scanner.lookUpMarked(taskData);
        if (known == null) {
            known = decodeOnce(JsonTreeReader.read(scanner.scanMarked()));
            scanner.storeMarked(taskData, known);
        }
        scanner.remember(lastTaskData, known);
        scanner.endMark();
        return known;
    }

    /**
     * The reference of a node.
     *
     * @param read   what {@link #readTaskData} returned, or {@code null} when the node has no {@code task_data}
     * @param reason the node's {@code reason}
     * @throws IllegalArgumentException when the {@code task_data} cannot be decoded
     */
    TaskReference reference(Object read, String reason) {
        if (read instanceof TaskReference shared) {
            return shared;
        }
        if (read instanceof Problem problem) {
            throw new IllegalArgumentException(problem.message());
        }
        return TaskDataCodec.decode((JsonNode) read, reason);
    }

    /**
     * Reads the {@code options} value the scanner is on.
     *
     * @return the options, or a problem for {@link #options(Object)}
     */
    Object readOptions(JsonScanner scanner) throws IOException {
        if (scanner.token() != JsonScanner.Token.START_OBJECT) {
            scanner.skipValue();
            return TaskOptions.DEFAULTS; // as TaskDataCodec.decodeOptions reads anything but an object
        }
        if (scanner.skipRepeated(lastOptions)) {
            return lastOptions.meaning();
        }
        scanner.markValue();
        scanner.skipValue();
        Object known = scanner.lookUpMarked(options);
        if (known == null) {
            try {
                known = TaskDataCodec.decodeOptions(JsonTreeReader.read(scanner.scanMarked()));
            } catch (IllegalArgumentException e) {
                known = new Problem(e.getMessage());
            }
            scanner.storeMarked(options, known);
        }
        scanner.remember(lastOptions, known);
        scanner.endMark();
        return known;
    }

    /**
     * The options of a node.
     *
     * @param read what {@link #readOptions} returned, or {@code null} when the node has none
     * @throws IllegalArgumentException when they cannot be decoded
     */
    TaskOptions options(Object read) {
        if (read instanceof Problem problem) {
            throw new IllegalArgumentException(problem.message());
        }
        return read == null ? TaskOptions.DEFAULTS : (TaskOptions) read;
    }

    /** A reference to share, the tree when it must be decoded per node, or the decoding problem. */
    private static Object decodeOnce(JsonNode json) {
        if ("none".equals(json.path("strategy").asText("none"))) {
            return json; // the reference is the node's own reason
        }
        try {
            TaskReference reference = TaskDataCodec.decode(json, null);
            return immutable(reference) ? reference : json;
        } catch (IllegalArgumentException e) {
            return new Problem(e.getMessage());
        }
    }

    private static boolean immutable(TaskReference reference) {
        if (reference instanceof TaskReference.Kind kind) {
            return plainValues(kind.config().values());
        }
        if (reference instanceof TaskReference.Group group) {
            return plainValue(group.policy());
        }
        if (reference instanceof TaskReference.Iteration iteration) {
            return plainValue(iteration.data());
        }
        return reference instanceof TaskReference.ClassReference;
    }

    private static boolean plainValues(Collection<Object> values) {
        for (Object value : values) {
            if (!plainValue(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainValue(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof BigInteger
                || value instanceof JsonValues.StoredError;
    }
}
