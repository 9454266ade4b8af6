package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The overview of an inspection as display texts: format, files, pickle check, meta (checkpoint
 * id, session, time, steps, start node, backend, user metadata as a tree), state (completed tasks
 * in order, cycle counts, resuming task) and the worst severity with the flag counts. Where state
 * and meta disagree both values are shown. Immutable and thread-safe.
 *
 * @param format         the format, e.g. {@code graflow-legacy (Python Graflow 61256fd)}
 * @param base           the base path of the set
 * @param files          each file of the set with its status
 * @param pickleCheck    the pickle check in one line ("valid · protocol 5 · ..." or the problem)
 * @param checkpointId   {@code checkpoint_id}, or an em dash
 * @param sessionId      {@code session_id}
 * @param createdAt      {@code created_at} as written
 * @param steps          {@code steps}
 * @param startNode      {@code start_node}
 * @param backend        {@code backend} as JSON
 * @param userMetadata   every {@code user_metadata} entry as a tree
 * @param completedTasks the completed ids (display form) in file order
 * @param completedNote  a remark about the completed list (legacy order), or {@code null}
 * @param cycleCounts    "id = count" lines in file order
 * @param resumingTask   the task resume runs first, or an em dash
 * @param worstSeverity  the worst flag severity
 * @param flagCounts     "1 error · 2 warnings · 3 info" or "No flags"
 */
public record InspectionOverview(String format, String base, List<FileLine> files, String pickleCheck,
                                 String checkpointId, String sessionId, String createdAt, String steps,
                                 String startNode, String backend, ValueNode userMetadata, List<String> completedTasks,
                                 String completedNote, List<String> cycleCounts, String resumingTask,
                                 Severity worstSeverity, String flagCounts) {

    /**
     * One file of the set. Immutable and thread-safe.
     *
     * @param name     the file name
     * @param status   ok, missing or invalid
     * @param expected whether the format needs the file (a missing file that is not expected is no problem)
     */
    public record FileLine(String name, FileStatus status, boolean expected) {
        /** "checkpoint.pkl: ok". */
        public String text() {
            return name + ": " + status.wireName() + (expected || status != FileStatus.MISSING ? "" : " (not used)");
        }
    }

    /** Copies the lists. */
    public InspectionOverview {
        files = List.copyOf(files);
        completedTasks = List.copyOf(completedTasks);
        cycleCounts = List.copyOf(cycleCounts);
    }

    /** The overview of an inspection. */
    static InspectionOverview of(CheckpointInspection inspection) {
        StateSummary state = inspection.state();
        MetaSummary meta = inspection.meta();
        List<FileLine> files = new ArrayList<>();
        String baseName = inspection.base().getFileName().toString();
        for (CheckpointFile file : CheckpointFile.values()) {
            files.add(new FileLine(baseName + file.suffix(), inspection.fileStatus(file), expected(inspection, file)));
        }
        List<String> cycles = new ArrayList<>();
        if (state != null) {
            state.cycleCounts().forEach((id, count) -> cycles.add(InspectorFormat.visible(id) + " = "
                    + InspectorFormat.json(count)));
        }
        List<String> completed = state == null ? List.of()
                : state.completedTasks().stream().map(InspectorFormat::visible).toList();
        JsonValue userMetadata = meta == null ? null : meta.userMetadata();
        ValueNode metadataTree = userMetadata == null ? ValueNode.group("user_metadata", "—", List.of())
                : ValueNode.ofJson("user_metadata", userMetadata);
        return new InspectionOverview(format(inspection.format()), inspection.base().toString(), files,
                pickleCheck(inspection), text(meta, MetaSummary::checkpointId),
                agreed(state, meta, StateSummary::sessionId, MetaSummary::sessionId),
                text(meta, MetaSummary::createdAt),
                agreed(state, meta, s -> s.steps() == null ? null : String.valueOf(s.steps()),
                        m -> m.steps() == null ? null : String.valueOf(m.steps())),
                agreed(state, meta, StateSummary::startNode, MetaSummary::startNode),
                agreedJson(state == null ? null : state.backend(), meta == null ? null : meta.backend()),
                metadataTree, completed,
                inspection.format() == CheckpointFormat.GRAFLOW_LEGACY
                        ? "legacy set: the order of completed tasks is not reliable" : null,
                cycles, state == null ? "—" : InspectorFormat.visible(state.resumingTaskId()),
                inspection.worstSeverity(), flagCounts(inspection.flags()));
    }

    private static boolean expected(CheckpointInspection inspection, CheckpointFile file) {
        return switch (file) {
            case STATE, META -> true;
            case PKL -> inspection.format() == CheckpointFormat.GRAFLOW
                    || inspection.format() == CheckpointFormat.GRAFLOW_LEGACY;
            case CONTEXT -> inspection.format() == CheckpointFormat.STUDIO;
        };
    }

    private static String format(CheckpointFormat format) {
        return format.wireName() + switch (format) {
            case STUDIO -> " (Graflow Studio)";
            case GRAFLOW -> " (Python Graflow HEAD)";
            case GRAFLOW_LEGACY -> " (Python Graflow 61256fd)";
            case UNKNOWN -> " (not enough could be read to tell)";
        };
    }

    /** The pickle check in one line. */
    static String pickleCheck(CheckpointInspection inspection) {
        var pickle = inspection.pickle();
        if (pickle == null) {
            return inspection.format() == CheckpointFormat.STUDIO ? "no .pkl (studio sets do not use one)"
                    : "no .pkl file";
        }
        if (!pickle.valid()) {
            return "invalid: " + pickle.problem() + " (" + InspectorFormat.plural(pickle.size(), "byte", "bytes") + ")";
        }
        String text = "valid · protocol " + pickle.protocol() + " · " + InspectorFormat.plural(pickle.opcodeCount(),
                "opcode", "opcodes") + " · " + InspectorFormat.plural(pickle.size(), "byte", "bytes") + " · "
                + InspectorFormat.plural(pickle.globals().size(), "global", "globals");
        if (pickle.hasUnsafeGlobals() || pickle.unresolvedGlobals() > 0) {
            text += " · names unsafe globals (only read, never run)";
        }
        if (pickle.externalReferences() > 0) {
            text += " · needs data from outside the stream";
        }
        return text;
    }

    private static String text(MetaSummary meta, Function<MetaSummary, String> read) {
        return meta == null ? "—" : InspectorFormat.visible(read.apply(meta));
    }

    private static String agreed(StateSummary state, MetaSummary meta, Function<StateSummary, String> fromState,
                                 Function<MetaSummary, String> fromMeta) {
        String inState = state == null ? null : fromState.apply(state);
        String inMeta = meta == null ? null : fromMeta.apply(meta);
        if (inState == null || inMeta == null || inState.equals(inMeta)) {
            return InspectorFormat.visible(inMeta != null ? inMeta : inState);
        }
        return InspectorFormat.visible(inState) + " (state) ≠ " + InspectorFormat.visible(inMeta) + " (meta)";
    }

    private static String agreedJson(JsonValue inState, JsonValue inMeta) {
        if (inState == null || inMeta == null || JsonValue.equivalent(inState, inMeta)) {
            return InspectorFormat.json(inMeta != null ? inMeta : inState);
        }
        return InspectorFormat.json(inState) + " (state) ≠ " + InspectorFormat.json(inMeta) + " (meta)";
    }

    /** "1 error · 2 warnings · 3 info", or "No flags". */
    static String flagCounts(List<InspectionFlag> flags) {
        long errors = flags.stream().filter(flag -> flag.severity() == Severity.ERROR).count();
        long warnings = flags.stream().filter(flag -> flag.severity() == Severity.WARNING).count();
        long infos = flags.stream().filter(flag -> flag.severity() == Severity.INFO).count();
        if (errors + warnings + infos == 0) {
            return "No flags";
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(InspectorFormat.plural(errors, "error", "errors"));
        }
        if (warnings > 0) {
            parts.add(InspectorFormat.plural(warnings, "warning", "warnings"));
        }
        if (infos > 0) {
            parts.add(InspectorFormat.count(infos) + " info");
        }
        return String.join(" · ", parts);
    }

    /** A line for tests and logs. */
    @Override
    public String toString() {
        return Objects.toString(format) + " " + base + " " + flagCounts;
    }
}
