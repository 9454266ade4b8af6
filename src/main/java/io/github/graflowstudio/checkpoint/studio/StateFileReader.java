package io.github.graflowstudio.checkpoint.studio;

import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a studio {@code .state.json} for resuming: {@code pending_tasks} straight into the
 * columns of {@link PendingEntries} (only the fields a resume uses; {@code task_data} is checked and
 * skipped), {@code completed_tasks} into a list, every other member into a tree.
 *
 * <p>Entries of a large queue mostly differ only in their id and time: after {@code task_id},
 * {@code status} and {@code created_at}, the rest of an entry that repeats the previous entry's
 * rest byte for byte is taken over from it ({@link JsonScanner#skipRepeatedRest}).
 *
 * <p>Not thread-safe: one instance per file.
 */
final class StateFileReader extends ObjectFileReader {
    /** The members of a pending entry in the order our writer writes them. */
    private static final JsonScanner.Name[] ENTRY_ORDER = RecordFields.names("task_id", "status", "created_at", "retry_count",
            "max_retries", "last_error", "group_id", "task_data", "serializable", "reason");

    private final List<String> completed = new ArrayList<>();
    private final PendingEntries pending = new PendingEntries();
    private final JsonScanner.Repeated lastTaskData = new JsonScanner.Repeated();
    private final JsonScanner.Repeated lastRest = new JsonScanner.Repeated();
    /** The entry being read (one object for all entries). */
    private final EntryFields entry = new EntryFields();
    /** Reads one member of a record (made once: a method reference made per record is an object per record). */
    private final RecordFields.MemberReader<EntryFields> entryReader = this::entryMember;

    /** A reader of {@code file}. */
    StateFileReader(Path file) {
        this(file, JsonFileReading.BUFFER_BYTES);
    }

    /** A reader of {@code file} starting with a buffer of {@code bufferBytes} (tests use tiny ones). */
    StateFileReader(Path file, int bufferBytes) {
        super(file, bufferBytes);
    }

    /** Reads the file. */
    StateFileReader read() {
        readFile("state");
        return this;
    }

    /** The completed task ids. */
    List<String> completed() {
        return completed;
    }

    /** The pending entries in queue order. */
    PendingEntries pending() {
        return pending;
    }

    @Override
    void member(String name, JsonScanner scanner) throws IOException {
        if ("pending_tasks".equals(name) && scanner.token() == JsonScanner.Token.START_ARRAY) {
            while (scanner.next() != JsonScanner.Token.END_ARRAY) {
                if (scanner.token() != JsonScanner.Token.START_OBJECT) {
                    throw new CheckpointLoadException(file + ": pending_tasks[" + pending.size()
                            + "] is not an object");
                }
                entry(scanner, pending.size());
            }
        } else if ("completed_tasks".equals(name) && scanner.token() == JsonScanner.Token.START_ARRAY) {
            while (scanner.next() != JsonScanner.Token.END_ARRAY) {
                completed.add(JsonScalars.text(scanner));
            }
        } else {
            keep(name, scanner);
        }
    }

    private void entry(JsonScanner scanner, int index) throws IOException {
        EntryFields entry = this.entry;
        entry.read(scanner, ENTRY_ORDER, EntryFields.HEAD, EntryFields.HEAD_COUNT, lastRest, entryReader);
        if (entry.taskId == null) {
            throw new CheckpointLoadException(file + ": pending_tasks[" + index + "] has no task_id");
        }
        pending.add(entry.taskId, entry.createdAt, entry.retryCount, entry.maxRetries, entry.lastError,
                entry.groupId, entry.serializable, entry.reason);
    }

    private void entryMember(EntryFields entry, String name, JsonScanner scanner) throws IOException {
        if (name.equals("status")) {
            scanner.skipNextValue(); // resume queues every entry as ready
            entry.assign(EntryFields.STATUS);
        } else {
            scanner.next();
            read(entry, name, scanner);
        }
    }

    private void read(EntryFields entry, String name, JsonScanner scanner) throws IOException {
        switch (name) {
            case "task_id" -> {
                entry.taskId = scanner.token() == JsonScanner.Token.STRING ? scanner.text() : skip(scanner);
                entry.assign(EntryFields.TASK_ID);
            }
            case "created_at" -> {
                entry.createdAt = JsonScalars.doubleValue(scanner, 0);
                entry.assign(EntryFields.CREATED_AT);
            }
            case "retry_count" -> {
                entry.retryCount = JsonScalars.intValue(scanner, 0);
                entry.assign(EntryFields.RETRY_COUNT);
            }
            case "max_retries" -> {
                entry.maxRetries = JsonScalars.intValue(scanner, 0);
                entry.assign(EntryFields.MAX_RETRIES);
            }
            case "last_error" -> {
                entry.lastError = JsonScalars.text(scanner);
                entry.assign(EntryFields.LAST_ERROR);
            }
            case "group_id" -> {
                entry.groupId = JsonScalars.text(scanner);
                entry.assign(EntryFields.GROUP_ID);
            }
            case "serializable" -> {
                entry.serializable = JsonScalars.bool(scanner, true);
                entry.assign(EntryFields.SERIALIZABLE);
            }
            case "reason" -> {
                entry.reason = JsonScalars.text(scanner);
                entry.assign(EntryFields.REASON);
            }
            case "task_data" -> skipTaskData(scanner); // resume takes it from the context file
            default -> scanner.skipValue();
        }
    }

    /** Skips a {@code task_data}: checked once per distinct text, as most entries repeat their neighbour's. */
    private void skipTaskData(JsonScanner scanner) throws IOException {
        JsonScanner.Token token = scanner.token();
        if (token != JsonScanner.Token.START_OBJECT && token != JsonScanner.Token.START_ARRAY) {
            return;
        }
        if (!scanner.skipRepeated(lastTaskData)) {
            scanner.markValue();
            scanner.skipValue();
            scanner.remember(lastTaskData, null);
            scanner.endMark();
        }
    }

    private static String skip(JsonScanner scanner) throws IOException {
        scanner.skipValue();
        return null;
    }

    /** The fields of one entry as they are read. */
    private static final class EntryFields extends RecordFields<EntryFields> {
        static final int TASK_ID = 1;
        static final int STATUS = 1 << 1;
        static final int CREATED_AT = 1 << 2;
        static final int RETRY_COUNT = 1 << 3;
        static final int MAX_RETRIES = 1 << 4;
        static final int LAST_ERROR = 1 << 5;
        static final int GROUP_ID = 1 << 6;
        static final int SERIALIZABLE = 1 << 7;
        static final int REASON = 1 << 8;
        /** The usual first members, after which the rest may repeat the previous entry's. */
        static final int HEAD = TASK_ID | STATUS | CREATED_AT;
        static final int HEAD_COUNT = 3;
        private static final EntryFields EMPTY = new EntryFields();

        String taskId;
        double createdAt;
        int retryCount;
        int maxRetries;
        String lastError;
        String groupId;
        boolean serializable = true;
        String reason;

        @Override
        void clearValues() {
            takeAll(EMPTY, null, 0);
        }

        @Override
        EntryFields copy() {
            EntryFields copy = new EntryFields();
            copy.takeAll(this, taskId, createdAt);
            return copy;
        }

        @Override
        void takeRest(EntryFields other) {
            int fields = other.restAssigned;
            takeAll(other, (fields & TASK_ID) != 0 ? other.taskId : taskId,
                    (fields & CREATED_AT) != 0 ? other.createdAt : createdAt);
        }

        private void takeAll(EntryFields other, String id, double time) {
            taskId = id;
            createdAt = time;
            retryCount = other.retryCount;
            maxRetries = other.maxRetries;
            lastError = other.lastError;
            groupId = other.groupId;
            serializable = other.serializable;
            reason = other.reason;
        }
    }
}
