package io.github.graflowstudio.checkpoint.inspect.json;

import com.fasterxml.jackson.core.JsonToken;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code <base>.state.json}: the pending entries are streamed one by one to a
 * {@link PendingSink} (no tree of the queue is ever built), {@code completed_tasks} is collected as
 * strings, every other member is kept as an exact tree. Thread-safe; each parse has its own state.
 */
public final class StateFileParser {
    private static final int MAX_TYPE_FLAGS = 20;
    private final JsonFileReader reader;

    /**
     * A parser using the given file reader.
     *
     * @param reader the reader (and its size cap)
     */
    public StateFileParser(JsonFileReader reader) {
        this.reader = reader;
    }

    /**
     * Reads the file.
     *
     * @param file the state file
     * @param sink receives the pending entries while the file streams; its results must be discarded
     *             unless the returned status is OK
     * @return status, flags and the summary
     */
    public ParsedFile<StateSummary> parse(Path file, PendingSink sink) {
        Collector collector = new Collector(sink);
        JsonFileReader.Result result = reader.read(file, CheckpointFile.STATE, collector::member);
        return ParsedFile.of(result, collector.flags,
                new StateSummary(collector.fields, collector.completed, collector.pendingCount));
    }

    /** The state of one parse. */
    private static final class Collector {
        private final PendingSink sink;
        private final Map<String, JsonValue> fields = new LinkedHashMap<>();
        private final List<String> completed = new ArrayList<>();
        private final List<InspectionFlag> flags = new ArrayList<>();
        private int pendingCount;

        Collector(PendingSink sink) {
            this.sink = sink;
        }

        void member(String name, JsonSource source) throws IOException {
            switch (name) {
                case "pending_tasks" -> pending(source);
                case "completed_tasks" -> completed(source);
                default -> fields.put(name, source.readValue());
            }
        }

        private void pending(JsonSource source) throws IOException {
            sink.begin();
            pendingCount = 0;
            if (source.token() != JsonToken.START_ARRAY) {
                JsonValue value = source.readValue();
                flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD,
                        "state.json: pending_tasks is " + value.typeName() + ", not an array", "$.pending_tasks"));
                return;
            }
            while (source.next() != JsonToken.END_ARRAY) {
                if (source.token() == null) {
                    throw source.problem("unexpected end of input");
                }
                sink.accept(PendingEntryParser.read(source, pendingCount++));
            }
        }

        private void completed(JsonSource source) throws IOException {
            completed.clear();
            if (source.token() != JsonToken.START_ARRAY) {
                JsonValue value = source.readValue();
                flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD,
                        "state.json: completed_tasks is " + value.typeName() + ", not an array", "$.completed_tasks"));
                return;
            }
            int index = 0;
            int oddItems = 0;
            while (source.next() != JsonToken.END_ARRAY) {
                if (source.token() == null) {
                    throw source.problem("unexpected end of input");
                }
                if (source.token() == JsonToken.VALUE_STRING) {
                    completed.add(source.text());
                } else {
                    String path = "$.completed_tasks[" + index + "]";
                    JsonValue value = source.readValue();
                    if (oddItems++ < MAX_TYPE_FLAGS) {
                        flags.add(InspectionFlag.atPath(FlagCode.UNEXPECTED_FIELD, "state.json: completed task "
                                + value.toShortJson() + " at " + path + " is " + value.typeName() + ", not a string",
                                path));
                    }
                }
                index++;
            }
        }
    }
}
