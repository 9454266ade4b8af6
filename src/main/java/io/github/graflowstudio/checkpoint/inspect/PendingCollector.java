package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.json.PendingSink;
import io.github.graflowstudio.checkpoint.inspect.json.RawPendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns streamed pending entries into compact {@link PendingEntry}s, running the checks that need
 * the entry's {@code task_data} (legacy payloads) while it is at hand, so payloads are never kept.
 * Not thread-safe.
 */
final class PendingCollector implements PendingSink {
    private static final Set<String> STUDIO_STRATEGIES = Set.of("kind", "iteration", "group", "none");
    private final LegacyEntryChecks legacyChecks;
    private final List<PendingEntry> entries = new ArrayList<>();
    private final List<InspectionFlag> legacyFlags = new ArrayList<>();
    private final Map<String, String> summaries = new HashMap<>();
    private Map<String, String> ids = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();
    private boolean legacyShape;

    PendingCollector(LegacyEntryChecks legacyChecks) {
        this.legacyChecks = legacyChecks;
    }

    @Override
    public void begin() {
        entries.clear();
        legacyFlags.clear();
        ids = new HashMap<>();
        legacyShape = false;
    }

    @Override
    public void accept(RawPendingEntry raw) {
        JsonValue taskData = raw.taskData();
        String dataStrategy = taskData == null ? null : text(taskData.get("strategy"));
        boolean studio = raw.serializable() != null || raw.unusualValues().containsKey("serializable")
                || (dataStrategy != null && STUDIO_STRATEGIES.contains(dataStrategy))
                || (taskData != null && taskData.get("class") != null);
        if (!studio && (raw.hasStrategyKey() || taskData != null)) {
            legacyShape = true;
            legacyChecks.check(raw, legacyFlags);
        }
        String strategy = raw.hasStrategyKey() ? raw.strategy() : dataStrategy;
        String id = raw.taskId() == null ? null : ids.computeIfAbsent(raw.taskId(), key -> key);
        entries.add(new PendingEntry(raw.index(), id, share(raw.status()), raw.createdAt(), raw.retryCount(),
                raw.maxRetries(), raw.lastError(), share(raw.groupId()), share(strategy), raw.serializable(),
                raw.reason(),
                summary(taskData), Set.of(), raw.unusualValues()));
    }

    /** The entries in queue order (the collector's own list; it stops sharing repeated ids). */
    List<PendingEntry> entries() {
        ids = new HashMap<>();
        return entries;
    }

    /** One instance of each of the few values statuses, strategies and group ids take. */
    private String share(String value) {
        if (value == null) {
            return null;
        }
        String known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < 10_000) {
            shared.put(value, value);
        }
        return value;
    }

    /** Flags from the legacy checks (kept only if the set turns out to be legacy). */
    List<InspectionFlag> legacyFlags() {
        return legacyFlags;
    }

    /** Whether any entry looked like a legacy entry ({@code strategy} or {@code task_data} of that shape). */
    boolean sawLegacyShape() {
        return legacyShape;
    }

    private static String text(JsonValue value) {
        return value == null ? null : value.asText();
    }

    /** A one-line summary of task_data, shared between entries that have the same one. */
    private String summary(JsonValue taskData) {
        if (taskData == null || taskData == JsonValue.NULL) {
            return null;
        }
        String summary;
        if (taskData.get("data") != null && taskData.get("data").asText() != null) {
            String data = taskData.get("data").asText();
            summary = "pickle payload (" + data.length() + " base64 chars) " + describe(taskData, "module", "name");
        } else if (taskData.get("source") != null) {
            summary = "source " + describe(taskData, "module", "qualname");
        } else {
            summary = taskData.toShortJson();
        }
        if (summaries.size() < 100_000) {
            return summaries.computeIfAbsent(summary, key -> key);
        }
        return summary;
    }

    private static String describe(JsonValue taskData, String first, String second) {
        return text(taskData.get(first)) + "." + text(taskData.get(second));
    }
}
