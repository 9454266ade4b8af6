package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import io.github.graflowstudio.checkpoint.CheckpointPaths;
import io.github.graflowstudio.checkpoint.store.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a studio set for resuming and cross-checks its three files (session, steps, start node,
 * format version). Falls back to the {@code .prev} set when the main one is incomplete or mixed
 * (a crash during an overwrite). Thread-safe.
 */
public final class StudioSetLoader {
    /** The pending-entry fields a resume uses. */
    private static final Set<String> ENTRY_FIELDS = Set.of("task_id", "created_at", "retry_count", "max_retries",
            "last_error", "group_id", "serializable", "reason");

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Loads the set at {@code base}.
     *
     * @throws CheckpointLoadException naming the file and the problem
     */
    public LoadedSet load(Path base) {
        try {
            return loadFiles(base, CheckpointPaths.file(base, CheckpointPaths.CONTEXT),
                    CheckpointPaths.file(base, CheckpointPaths.STATE), CheckpointPaths.file(base, CheckpointPaths.META),
                    false, null);
        } catch (CheckpointLoadException mainProblem) {
            Path meta = AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.META));
            if (!Files.exists(meta)) {
                throw mainProblem;
            }
            try {
                return loadFiles(base, AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.CONTEXT)),
                        AtomicFiles.previousOf(CheckpointPaths.file(base, CheckpointPaths.STATE)), meta, true,
                        "the newest set was incomplete (" + mainProblem.getMessage() + "); resumed from the previous set");
            } catch (CheckpointLoadException backupProblem) {
                throw mainProblem;
            }
        }
    }

    private LoadedSet loadFiles(Path base, Path contextFile, Path stateFile, Path metaFile, boolean backup, String note) {
        JsonNode meta = readObject(metaFile, "meta");
        List<LoadedSet.PendingEntry> pending = new ArrayList<>();
        JsonNode state = readState(stateFile, pending);
        JsonNode context = readObject(contextFile, "context");
        checkVersion(metaFile, meta);
        checkVersion(stateFile, state);
        checkVersion(contextFile, context);
        crossCheck(base, "session_id", meta, state, context);
        crossCheck(base, "steps", meta, state, context);
        crossCheck(base, "start_node", meta, state, context);
        return new LoadedSet(base, meta, state, pending, context, backup, note);
    }

    private void checkVersion(Path file, JsonNode json) {
        JsonNode version = json.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new CheckpointLoadException(file + ": no formatVersion; this is not a Graflow Studio checkpoint "
                    + "(Python Graflow sets can be inspected, not resumed)");
        }
        if (version.intValue() > StudioSetWriter.FORMAT_VERSION) {
            throw new CheckpointLoadException(file + ": formatVersion " + version.intValue()
                    + " is newer than this build understands (" + StudioSetWriter.FORMAT_VERSION + ")");
        }
    }

    private void crossCheck(Path base, String field, JsonNode meta, JsonNode state, JsonNode context) {
        JsonNode inMeta = meta.path(field);
        JsonNode inState = state.path(field);
        JsonNode inContext = context.path(field);
        if (!Objects.equals(inMeta, inState) || !Objects.equals(inState, inContext)) {
            throw new CheckpointLoadException("Checkpoint set " + base + " is mixed: " + field + " is " + inMeta
                    + " in meta, " + inState + " in state and " + inContext + " in context");
        }
    }

    private JsonNode readObject(Path file, String role) {
        try {
            JsonNode json = mapper.readTree(file.toFile());
            if (json == null || !json.isObject()) {
                throw new CheckpointLoadException(file + ": the " + role + " file is not a JSON object");
            }
            return json;
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new CheckpointLoadException("Checkpoint set is incomplete: " + file + " is missing", e);
        } catch (JsonProcessingException e) {
            throw new CheckpointLoadException(file + ": invalid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CheckpointLoadException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonNode readState(Path file, List<LoadedSet.PendingEntry> pending) {
        if (!Files.exists(file)) {
            throw new CheckpointLoadException("Checkpoint set is incomplete: " + file + " is missing");
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CheckpointLoadException(file + ": the state file is not a JSON object");
            }
            ObjectNode state = mapper.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("pending_tasks".equals(name) && parser.currentToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        pending.add(toEntry(file, readEntryFields(parser), pending.size()));
                    }
                } else {
                    state.set(name, mapper.readTree(parser));
                }
            }
            return state;
        } catch (JsonProcessingException e) {
            throw new CheckpointLoadException(file + ": invalid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CheckpointLoadException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The fields of one pending entry that {@link #toEntry} uses, read from the stream without
     * building a tree of the whole entry (a large set has one per pending task); the rest, such as
     * {@code task_data}, is skipped. The values are the nodes {@code readTree} would have made.
     */
    private ObjectNode readEntryFields(JsonParser parser) throws IOException {
        ObjectNode entry = mapper.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (!ENTRY_FIELDS.contains(name)) {
                parser.skipChildren();
                continue;
            }
            switch (token) {
                case VALUE_STRING -> entry.put(name, parser.getText());
                case VALUE_NULL -> entry.putNull(name);
                case VALUE_TRUE, VALUE_FALSE -> entry.put(name, token == JsonToken.VALUE_TRUE);
                case VALUE_NUMBER_FLOAT -> entry.put(name, parser.getDoubleValue());
                default -> entry.set(name, mapper.readTree(parser));
            }
        }
        return entry;
    }

    private static LoadedSet.PendingEntry toEntry(Path file, JsonNode entry, int index) {
        JsonNode id = entry.get("task_id");
        if (id == null || !id.isTextual()) {
            throw new CheckpointLoadException(file + ": pending_tasks[" + index + "] has no task_id");
        }
        return new LoadedSet.PendingEntry(id.textValue(), entry.path("created_at").asDouble(0),
                entry.path("retry_count").asInt(0), entry.path("max_retries").asInt(0), text(entry, "last_error"),
                text(entry, "group_id"), entry.path("serializable").asBoolean(true), text(entry, "reason"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
