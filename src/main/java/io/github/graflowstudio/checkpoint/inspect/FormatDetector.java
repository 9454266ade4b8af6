package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;

/**
 * Tells the format of a set from what could be read: the state first, then the meta and which
 * files exist. Stateless and thread-safe.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    /**
     * The format.
     *
     * @param state             the state summary, or {@code null} when unreadable
     * @param sawLegacyEntries  whether a pending entry had the legacy shape
     * @param meta              the meta summary, or {@code null}
     * @param contextExists     whether {@code <base>.context.json} exists
     * @param pickleExists      whether {@code <base>.pkl} exists
     * @return the format
     */
    static CheckpointFormat detect(StateSummary state, boolean sawLegacyEntries, MetaSummary meta,
                                   boolean contextExists, boolean pickleExists) {
        if (state != null) {
            if (state.formatVersion() != null) {
                return CheckpointFormat.STUDIO;
            }
            if (sawLegacyEntries || hasQueueBackend(state.backend()) || state.fields().containsKey(
                    "resume_from_current_task")) {
                return CheckpointFormat.GRAFLOW_LEGACY;
            }
            if (state.fields().containsKey("schema_version") || pickleExists) {
                return CheckpointFormat.GRAFLOW;
            }
        }
        if (contextExists || (meta != null && meta.formatVersion() != null)) {
            return CheckpointFormat.STUDIO;
        }
        if (meta != null && (hasQueueBackend(meta.backend()) || decimal(meta.sessionId()))) {
            return CheckpointFormat.GRAFLOW_LEGACY;
        }
        if (pickleExists || (meta != null && meta.checkpointId() != null)) {
            return CheckpointFormat.GRAFLOW;
        }
        return CheckpointFormat.UNKNOWN;
    }

    private static boolean hasQueueBackend(JsonValue backend) {
        return backend != null && backend.get("queue") != null;
    }

    /** The legacy session id is {@code str(uuid4().int)}: decimal digits, unlike HEAD's 32 hex. */
    private static boolean decimal(String sessionId) {
        return sessionId != null && sessionId.length() > 32 && sessionId.chars().allMatch(Character::isDigit);
    }
}
