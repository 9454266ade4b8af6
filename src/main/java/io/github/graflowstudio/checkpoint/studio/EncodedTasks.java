package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The {@code task_data} and {@code options} of the tasks of one write, each distinct value encoded
 * once and rendered once per depth (exactly as {@link IndentingPrettyPrinter} would write it
 * there): a set lists every graph node and every pending entry, and most of them share a handful of
 * references (the same kind with the same config) and options. References made of plain values
 * (kinds, classes, groups) and options are shared by value; iteration and unserialisable
 * references, whose data may be any object, by task identity. Not thread-safe: one instance per
 * write.
 */
final class EncodedTasks {
    private final JacksonRendering jackson;
    private final Map<TaskReference, Encoded> byValue = new HashMap<>();
    private final Map<Task, Encoded> byTask = new IdentityHashMap<>();
    private final Map<TaskOptions, Rendered> options = new HashMap<>();
    private TaskReference lastReference;
    private Encoded lastEncoded;

    /** Renders with {@code jackson}. */
    EncodedTasks(JacksonRendering jackson) {
        this.jackson = jackson;
    }

    /** The encoded reference of a task. */
    Encoded of(Task task) {
        TaskReference reference = task.reference();
        if (reference instanceof TaskReference.Kind || reference instanceof TaskReference.ClassReference
                || reference instanceof TaskReference.Group) {
            // tasks next to each other mostly share their reference: an equality test is cheaper than a lookup
            if (!sameValue(reference, lastReference)) {
                lastEncoded = byValue.computeIfAbsent(reference, this::encode);
                lastReference = reference;
            }
            return lastEncoded;
        }
        return byTask.computeIfAbsent(task, t -> encode(reference));
    }

    /** {@code a.equals(b)}, quicker for kinds without config (a map's equals walks its entries). */
    private static boolean sameValue(TaskReference a, TaskReference b) {
        if (a == b) {
            return true;
        }
        if (a instanceof TaskReference.Kind kind && b instanceof TaskReference.Kind other
                && kind.config().isEmpty() && other.config().isEmpty()) {
            return kind.kind().equals(other.kind());
        }
        return a.equals(b);
    }

    /** The options of a task, rendered. */
    Rendered options(TaskOptions taskOptions) {
        return options.computeIfAbsent(taskOptions, o -> new Rendered(jackson, TaskDataCodec.encodeOptions(o)));
    }

    private Encoded encode(TaskReference reference) {
        TaskDataCodec.TaskData data = TaskDataCodec.encode(reference);
        return new Encoded(data, new Rendered(jackson, data.json()));
    }

    /**
     * A task's {@code task_data} and its rendering.
     *
     * @param data the encoded reference
     * @param json its JSON, rendered
     */
    record Encoded(TaskDataCodec.TaskData data, Rendered json) {
    }

    /** A JSON value and its pretty-printed bytes at the object depths asked for so far. */
    static final class Rendered {
        private final JacksonRendering jackson;
        private final JsonNode json;
        private byte[][] byNesting = new byte[0][];

        Rendered(JacksonRendering jackson, JsonNode json) {
            this.jackson = jackson;
            this.json = json;
        }

        /** Writes the value at the output's current position. */
        void writeTo(PrettyJsonOutput out) throws IOException {
            int nesting = out.nesting();
            if (nesting >= byNesting.length) {
                byNesting = Arrays.copyOf(byNesting, nesting + 1);
            }
            if (byNesting[nesting] == null) {
                byNesting[nesting] = jackson.tree(json, nesting);
            }
            out.raw(byNesting[nesting]);
        }
    }
}
