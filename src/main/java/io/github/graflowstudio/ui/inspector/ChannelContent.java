package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.InspectionOptions;
import io.github.graflowstudio.checkpoint.inspect.json.JsonFileReader;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The channel of a studio set ({@code channel} of {@code <base>.context.json}), which the
 * inspection model does not keep: read with the inspector's own lenient streaming JSON reader
 * (NaN, big integers and odd text kept exactly); every other member is skipped. Immutable and
 * thread-safe.
 *
 * @param status  the context file's status ({@code MISSING} when the set has no context file)
 * @param values  the channel's members in file order (empty when unreadable)
 * @param problem why the file could not be read, or {@code null}
 */
public record ChannelContent(FileStatus status, Map<String, JsonValue> values, String problem) {
    /** No context file. */
    public static final ChannelContent NONE = new ChannelContent(FileStatus.MISSING, Map.of(), null);

    /** Copies the values, keeping their order. */
    public ChannelContent {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Reads the channel of the set at a base path.
     *
     * @param base the set's base path
     * @return the channel; {@link #NONE} without a context file
     */
    public static ChannelContent read(Path base) {
        Path file = base.resolveSibling(base.getFileName() + CheckpointFile.CONTEXT.suffix());
        Map<String, JsonValue> values = new LinkedHashMap<>();
        JsonFileReader.Result result = new JsonFileReader(InspectionOptions.DEFAULTS.maxJsonBytes())
                .read(file, CheckpointFile.CONTEXT, (name, source) -> {
                    if (name.equals("channel")) {
                        JsonValue channel = source.readValue();
                        if (channel instanceof JsonValue.ObjectValue object) {
                            values.putAll(object.members());
                        }
                    } else {
                        source.skipValue();
                    }
                });
        if (result.status() == FileStatus.MISSING) {
            return NONE;
        }
        String problem = result.status() == FileStatus.OK ? null : result.flags().stream()
                .map(InspectionFlag::message).collect(Collectors.joining("; "));
        return new ChannelContent(result.status(), result.status() == FileStatus.OK ? values : Map.of(), problem);
    }
}
