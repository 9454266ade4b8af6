package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.PythonBase64;
import io.github.graflowstudio.checkpoint.inspect.InspectionOptions;
import io.github.graflowstudio.checkpoint.inspect.json.JsonFileReader;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A base64 pickle payload of a legacy ({@code graflow-legacy}) pending entry whose strategy is
 * {@code pickle}, decoded to bytes for the opcode walker: the bytes are only walked, never loaded.
 * Listing streams the state file one entry at a time. Immutable and thread-safe (the byte array
 * is not modified).
 *
 * @param pendingIndex the entry's queue position
 * @param taskId       the entry's id, or {@code null}
 * @param bytes        the decoded payload, or {@code null} when it is not base64
 * @param problem      why it could not be decoded, or {@code null}
 */
public record LegacyPayload(int pendingIndex, String taskId, byte[] bytes, String problem) {
    /** The most payloads listed. */
    static final int MAX_LISTED = 2_000;
    /** The most decoded bytes kept in all. */
    static final long MAX_KEPT_BYTES = 64L * 1024 * 1024;

    /** "payload of step_3 (#1, 5,308 bytes)". */
    public String label() {
        return "payload of " + InspectorFormat.visible(taskId) + " (#" + pendingIndex + ", "
                + (bytes == null ? "not base64" : InspectorFormat.plural(bytes.length, "byte", "bytes")) + ")";
    }

    /**
     * The pickle payloads of a legacy set's pending entries, in queue order.
     *
     * @param base the set's base path
     * @return the payloads (at most {@value #MAX_LISTED}); empty when the state file cannot be read
     */
    public static List<LegacyPayload> read(Path base) {
        Path file = base.resolveSibling(base.getFileName() + CheckpointFile.STATE.suffix());
        List<LegacyPayload> payloads = new ArrayList<>();
        long[] kept = {0};
        JsonFileReader.Result result = new JsonFileReader(InspectionOptions.DEFAULTS.maxJsonBytes())
                .read(file, CheckpointFile.STATE, (name, source) -> {
                    if (!name.equals("pending_tasks")
                            || source.token() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                        source.skipValue();
                        return;
                    }
                    int index = 0;
                    while (source.next() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                        JsonValue entry = source.readValue();
                        if (payloads.size() < MAX_LISTED) {
                            LegacyPayload payload = payload(index, entry, kept[0] < MAX_KEPT_BYTES);
                            if (payload != null) {
                                payloads.add(payload);
                                kept[0] += payload.bytes() == null ? 0 : payload.bytes().length;
                            }
                        }
                        index++;
                    }
                });
        return result.status() == FileStatus.MISSING ? List.of() : payloads;
    }

    private static LegacyPayload payload(int index, JsonValue entry, boolean keep) {
        JsonValue taskData = entry.get("task_data");
        if (!(taskData instanceof JsonValue.ObjectValue)) {
            return null;
        }
        String dataStrategy = text(taskData.get("strategy"));
        String strategy = dataStrategy != null ? dataStrategy : text(entry.get("strategy"));
        String data = text(taskData.get("data"));
        if (!"pickle".equals(strategy) || data == null) {
            return null;
        }
        String id = text(entry.get("task_id"));
        if (!keep) {
            return new LegacyPayload(index, id, null, "not kept: more than 64 MB of payloads");
        }
        try {
            return new LegacyPayload(index, id, PythonBase64.decode(data), null);
        } catch (IllegalArgumentException notBase64) {
            return new LegacyPayload(index, id, null, "not base64: " + notBase64.getMessage());
        }
    }

    private static String text(JsonValue value) {
        return value == null ? null : value.asText();
    }
}
