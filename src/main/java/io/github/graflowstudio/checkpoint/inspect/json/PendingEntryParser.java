package io.github.graflowstudio.checkpoint.inspect.json;

import com.fasterxml.jackson.core.JsonToken;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one pending entry object from a {@link JsonSource} into a {@link RawPendingEntry} without
 * building a tree for the common fields. Not thread-safe.
 */
final class PendingEntryParser {
    private PendingEntryParser() {
    }

    /** Reads the entry at the current token (an object or anything else). */
    static RawPendingEntry read(JsonSource source, int index) throws IOException {
        if (source.token() != JsonToken.START_OBJECT) {
            return new RawPendingEntry(index, null, null, null, null, null, null, null, null, false, null, null, null,
                    Map.of("entry", source.readValue()));
        }
        Fields fields = new Fields();
        JsonToken token;
        while ((token = source.next()) == JsonToken.FIELD_NAME) {
            String name = source.text();
            JsonToken value = source.next();
            fields.read(name, value, source);
        }
        return new RawPendingEntry(index, fields.taskId, fields.status, fields.createdAt, fields.retryCount,
                fields.maxRetries, fields.lastError, fields.groupId, fields.strategy, fields.hasStrategyKey,
                fields.taskData, fields.serializable, fields.reason, fields.unusual);
    }

    /** The members of one entry as they are read. */
    private static final class Fields {
        private String taskId;
        private String status;
        private Double createdAt;
        private Long retryCount;
        private Long maxRetries;
        private String lastError;
        private String groupId;
        private String strategy;
        private boolean hasStrategyKey;
        private JsonValue taskData;
        private Boolean serializable;
        private String reason;
        private Map<String, JsonValue> unusual;

        void read(String name, JsonToken value, JsonSource source) throws IOException {
            switch (name) {
                case "task_id" -> taskId = text(name, value, source, false);
                case "status" -> status = text(name, value, source, false);
                case "last_error" -> lastError = text(name, value, source, true);
                case "group_id" -> groupId = text(name, value, source, true);
                case "reason" -> reason = text(name, value, source, true);
                case "strategy" -> {
                    hasStrategyKey = true;
                    strategy = text(name, value, source, true);
                }
                case "retry_count" -> retryCount = integer(name, value, source);
                case "max_retries" -> maxRetries = integer(name, value, source);
                case "created_at" -> {
                    if (value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT) {
                        createdAt = source.doubleValue();
                    } else {
                        keep(name, source.readValue());
                    }
                }
                case "serializable" -> {
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        serializable = value == JsonToken.VALUE_TRUE;
                    } else {
                        keep(name, source.readValue());
                    }
                }
                case "task_data" -> taskData = source.readValue();
                default -> source.skipValue();
            }
        }

        private String text(String name, JsonToken value, JsonSource source, boolean nullable) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                return source.text();
            }
            if (!(nullable && value == JsonToken.VALUE_NULL)) {
                keep(name, source.readValue());
            }
            return null;
        }

        private Long integer(String name, JsonToken value, JsonSource source) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_INT && source.fitsLong()) {
                return source.longValue();
            }
            keep(name, source.readValue());
            return null;
        }

        private void keep(String name, JsonValue value) {
            if (unusual == null) {
                unusual = new HashMap<>();
            }
            unusual.put(name, value);
        }
    }
}
