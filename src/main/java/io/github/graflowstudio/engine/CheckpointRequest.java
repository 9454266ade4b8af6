package io.github.graflowstudio.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to write a checkpoint: user metadata, an optional path, the task to re-run first on
 * resume (immediate checkpoints), and the mode. Immutable.
 *
 * @param metadata       user metadata (copied)
 * @param path           base path, or {@code null} for the automatic path
 * @param resumingTaskId the task that resume runs first, or {@code null}
 * @param mode           {@code deferred}, {@code immediate} or {@code external}
 */
public record CheckpointRequest(Map<String, Object> metadata, String path, String resumingTaskId, String mode) {
    /** Copies the metadata. */
    public CheckpointRequest {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
    }
}
