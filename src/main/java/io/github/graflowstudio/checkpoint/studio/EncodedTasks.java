package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private final ObjectMapper mapper;
    private final Map<TaskReference, Encoded> byValue = new HashMap<>();
    private final Map<Task, Encoded> byTask = new IdentityHashMap<>();
    private final Map<TaskOptions, Rendered> options = new HashMap<>();

    /** Renders with {@code mapper}. */
    EncodedTasks(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The encoded reference of a task. */
    Encoded of(Task task) {
        TaskReference reference = task.reference();
        if (reference instanceof TaskReference.Kind || reference instanceof TaskReference.ClassReference
                || reference instanceof TaskReference.Group) {
            return byValue.computeIfAbsent(reference, this::encode);
        }
        return byTask.computeIfAbsent(task, t -> encode(reference));
    }

    /** The options of a task, rendered. */
    Rendered options(TaskOptions taskOptions) {
        return options.computeIfAbsent(taskOptions, o -> new Rendered(mapper, TaskDataCodec.encodeOptions(o)));
    }

    private Encoded encode(TaskReference reference) {
        TaskDataCodec.TaskData data = TaskDataCodec.encode(reference);
        return new Encoded(data, new Rendered(mapper, data.json()));
    }

    /**
     * A task's {@code task_data} and its rendering.
     *
     * @param data the encoded reference
     * @param json its JSON, rendered
     */
    record Encoded(TaskDataCodec.TaskData data, Rendered json) {
    }

    /** A JSON value and its pretty-printed text at the depths asked for so far. */
    static final class Rendered {
        private final ObjectMapper mapper;
        private final JsonNode json;
        private SerializableString[] byNesting = new SerializableString[0];

        Rendered(ObjectMapper mapper, JsonNode json) {
            this.mapper = mapper;
            this.json = json;
        }

        /** Writes the value at the generator's current position; {@code printer} is the generator's. */
        void writeTo(JsonGenerator generator, IndentingPrettyPrinter printer) throws IOException {
            int nesting = printer.nesting();
            if (nesting >= byNesting.length) {
                byNesting = Arrays.copyOf(byNesting, nesting + 1);
            }
            if (byNesting[nesting] == null) {
                byNesting[nesting] = render(nesting);
            }
            generator.writeRawValue(byNesting[nesting]);
        }

        private SerializableString render(int nesting) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator generator = mapper.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
                generator.setPrettyPrinter(new IndentingPrettyPrinter(nesting));
                mapper.writeTree(generator, json);
            } catch (IOException e) {
                throw new UncheckedIOException("a JSON tree could not be rendered: " + e.getMessage(), e);
            }
            return new SerializedString(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
