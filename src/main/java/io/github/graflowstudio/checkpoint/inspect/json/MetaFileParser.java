package io.github.graflowstudio.checkpoint.inspect.json;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code <base>.meta.json} into a {@link MetaSummary}, every member as an exact tree. Thread-safe. */
public final class MetaFileParser {
    private final JsonFileReader reader;

    /**
     * A parser using the given file reader.
     *
     * @param reader the reader (and its size cap)
     */
    public MetaFileParser(JsonFileReader reader) {
        this.reader = reader;
    }

    /** Reads the file. */
    public ParsedFile<MetaSummary> parse(Path file) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        JsonFileReader.Result result = reader.read(file, CheckpointFile.META,
                (name, source) -> fields.put(name, source.readValue()));
        return ParsedFile.of(result, List.of(), new MetaSummary(fields));
    }
}
