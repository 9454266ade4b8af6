package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.json.RawPendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import io.github.graflowstudio.checkpoint.pickle.PickleWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks of one legacy (61256fd) pending entry that need its {@code task_data}: strategies,
 * references that cannot resolve, and embedded pickle payloads (walked, never loaded).
 * Thread-safe (the walker is).
 */
final class LegacyEntryChecks {
    private static final Set<String> STRATEGIES = Set.of("reference", "pickle", "source");
    private final PickleWalker walker;

    LegacyEntryChecks(PickleWalker walker) {
        this.walker = walker;
    }

    void check(RawPendingEntry entry, List<InspectionFlag> flags) {
        String id = entry.taskId();
        int index = entry.index();
        JsonValue taskData = entry.taskData();
        String dataStrategy = taskData == null ? null : text(taskData.get("strategy"));
        String entryStrategy = entry.strategy();
        List<String> unknown = new ArrayList<>();
        if (entryStrategy != null && !STRATEGIES.contains(entryStrategy)) {
            unknown.add("entry strategy '" + entryStrategy + "'");
        }
        if (dataStrategy != null && !STRATEGIES.contains(dataStrategy)) {
            unknown.add("task_data strategy '" + dataStrategy + "'");
        }
        if (!unknown.isEmpty()) {
            flags.add(InspectionFlag.forTask(FlagCode.OLD_UNKNOWN_STRATEGY, "pending " + shown(id) + " has unknown "
                    + String.join(" and ", unknown), id, index));
        }
        if (entryStrategy != null && dataStrategy != null && !entryStrategy.equals(dataStrategy)) {
            flags.add(InspectionFlag.forTask(FlagCode.OLD_STRATEGY_MISMATCH, "pending " + shown(id)
                    + ": entry strategy '" + entryStrategy + "' but task_data strategy '" + dataStrategy + "'", id,
                    index));
        }
        if (!(taskData instanceof JsonValue.ObjectValue)) {
            return;
        }
        String effective = dataStrategy != null ? dataStrategy : entryStrategy;
        if ("reference".equals(effective)) {
            reference(taskData, id, index, flags);
        } else if ("pickle".equals(effective)) {
            payload(taskData, id, index, flags);
        }
    }

    private static void reference(JsonValue taskData, String id, int index, List<InspectionFlag> flags) {
        String module = text(taskData.get("module"));
        String name = text(taskData.get("name"));
        String qualname = text(taskData.get("qualname"));
        String why = null;
        String hint = FlagCode.OLD_REFERENCE_UNRESOLVABLE.hint();
        if (module == null || module.isEmpty() || name == null || name.isEmpty()) {
            why = "no module or name to import";
        } else if (contains(qualname, name, "<locals>") || contains(qualname, name, "<lambda>")) {
            why = "nested function or lambda: not importable as module.name";
        } else if (module.equals("__main__")) {
            why = "defined in __main__: only importable from the script that wrote it";
        } else if (module.equals("graflow.core.task") && (qualname == null || qualname.equals("Task")
                || qualname.startsWith("Task.") || name.equals("Task"))) {
            why = "points at a bare graflow Task placeholder, not user code";
            hint = "The entry names a stand-in, not the task: resume finds nothing to import. Re-create the"
                    + " checkpoint with Graflow HEAD, which stores ids only.";
        }
        if (why != null) {
            flags.add(new InspectionFlag(FlagCode.OLD_REFERENCE_UNRESOLVABLE, "pending " + shown(id) + " references "
                    + module + ":" + (qualname != null ? qualname : name) + " - " + why, id, hint,
                    entry(index), index));
        }
    }

    private static String entry(int index) {
        return "$.pending_tasks[" + index + "].task_data";
    }

    private static boolean contains(String qualname, String name, String marker) {
        return (qualname != null && qualname.contains(marker)) || name.contains(marker);
    }

    private void payload(JsonValue taskData, String id, int index, List<InspectionFlag> flags) {
        String data = text(taskData.get("data"));
        if (data == null) {
            flags.add(InspectionFlag.forTask(FlagCode.OLD_PICKLE_PAYLOAD_INVALID, "pending " + shown(id)
                    + " has strategy pickle but no data string", id, index));
            return;
        }
        byte[] bytes;
        try {
            bytes = PythonBase64.decode(data);
        } catch (IllegalArgumentException notBase64) {
            flags.add(InspectionFlag.forTask(FlagCode.OLD_PICKLE_PAYLOAD_INVALID, "pending " + shown(id)
                    + ": payload is not base64 (" + notBase64.getMessage() + ")", id, index));
            return;
        }
        PickleReport report = walker.walk(bytes);
        if (!report.valid() || report.externalReferences() > 0) {
            String problem = report.valid() ? "needs data from outside the stream" : report.problem();
            flags.add(InspectionFlag.forTask(FlagCode.OLD_PICKLE_PAYLOAD_INVALID, "pending " + shown(id)
                    + ": payload of " + bytes.length + " bytes is not a complete pickle: " + problem, id, index));
            return;
        }
        flags.add(InspectionFlag.forTask(FlagCode.OLD_PICKLE_PAYLOAD, "pending " + shown(id) + ": pickle payload of "
                + bytes.length + " bytes (protocol " + report.protocol() + ", " + report.opcodeCount()
                + " opcodes) names " + PickleFlags.listGlobals(report.globals(), 6), id, index));
        if (report.hasUnsafeGlobals() || report.unresolvedGlobals() > 0) {
            flags.add(InspectionFlag.forTask(FlagCode.PICKLE_UNSAFE_GLOBAL, "pending " + shown(id) + ": payload "
                    + PickleFlags.describeUnsafe(report), id, index));
        }
    }

    private static String shown(String id) {
        return Messages.id(id);
    }

    private static String text(JsonValue value) {
        return value == null ? null : value.asText();
    }
}
