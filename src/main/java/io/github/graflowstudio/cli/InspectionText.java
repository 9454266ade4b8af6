package io.github.graflowstudio.cli;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The human-readable form of an inspection for the terminal: files, pickle check, state, meta,
 * a pending table with ids made visible, and the flags with hints. Not thread-safe (writes to one
 * writer).
 */
final class InspectionText {
    private static final int MAX_ID_WIDTH = 40;
    private final PrintWriter out;

    InspectionText(PrintWriter out) {
        this.out = out;
    }

    void print(CheckpointInspection inspection, int limit) {
        line("Checkpoint", inspection.base().toString());
        line("Format", inspection.format().wireName());
        line("Files", List.of(CheckpointFile.values()).stream()
                .map(file -> file.key() + " " + inspection.fileStatus(file).wireName())
                .collect(Collectors.joining(", ")));
        line("Pickle", pickle(inspection.pickle()));
        state(inspection.state());
        meta(inspection.meta());
        out.println();
        pending(inspection.pending(), limit);
        out.println();
        flags(inspection.flags());
        out.println("Worst severity: " + inspection.worstSeverity().wireName());
    }

    private void line(String label, String value) {
        out.printf("%-12s%s%n", label, value);
    }

    private static String pickle(PickleReport pickle) {
        if (pickle == null) {
            return "-";
        }
        String head = pickle.size() + " bytes, protocol " + (pickle.protocol() < 0 ? "-" : pickle.protocol()) + ", "
                + pickle.opcodeCount() + " opcodes, ";
        return head + (pickle.valid() ? "valid" : "INVALID: " + pickle.problem());
    }

    private void state(StateSummary state) {
        if (state == null) {
            line("State", "-");
            return;
        }
        line("State", "session " + shown(state.sessionId()) + ", steps " + value(state.fields().get("steps"))
                + ", start " + shown(state.startNode()) + ", resuming " + shown(state.resumingTaskId()));
        line("", "completed " + state.completedTasks().size() + ": " + ids(state.completedTasks(), 10));
        line("", "cycle counts " + value(state.fields().get("cycle_counts")) + ", pending " + state.pendingCount());
    }

    private void meta(MetaSummary meta) {
        if (meta == null) {
            line("Meta", "-");
            return;
        }
        line("Meta", "checkpoint " + shown(meta.checkpointId()) + ", created " + shown(meta.createdAt()));
        line("", "user metadata " + value(meta.userMetadata()));
    }

    private void pending(List<PendingEntry> pending, int limit) {
        int count = limit < 0 ? pending.size() : Math.min(limit, pending.size());
        out.println("Pending (" + pending.size() + (count < pending.size() ? ", first " + count + " shown" : "")
                + ")");
        if (count == 0) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "TASK ID", "STATUS", "RETRIES", "STRATEGY", "FLAGS"});
        for (int i = 0; i < count; i++) {
            PendingEntry entry = pending.get(i);
            rows.add(new String[] {Integer.toString(entry.index()), shown(entry.taskId()), shown(entry.status()),
                    (entry.retryCount() == null ? "-" : entry.retryCount()) + "/"
                            + (entry.maxRetries() == null ? "-" : entry.maxRetries()),
                    entry.strategy() == null ? "-" : VisibleText.escape(entry.strategy()),
                    entry.flags().stream().map(FlagCode::name).collect(Collectors.joining(" "))});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.min(MAX_ID_WIDTH, Math.max(widths[column], row[column].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder("  ");
            for (int column = 0; column < row.length; column++) {
                String cell = row[column];
                text.append(cell).append(" ".repeat(Math.max(1, widths[column] - cell.length() + 2)));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private void flags(List<InspectionFlag> flags) {
        out.println("Flags (" + flags.size() + ")");
        for (InspectionFlag flag : flags) {
            out.println("  [" + flag.severity().wireName() + "] " + flag.code() + ": " + flag.message());
            if (flag.hint() != null) {
                out.println("      hint: " + flag.hint());
            }
        }
    }

    private static String shown(String text) {
        return text == null ? "-" : VisibleText.of(text);
    }

    private static String value(JsonValue value) {
        return value == null ? "-" : value.toShortJson();
    }

    private static String ids(List<String> ids, int limit) {
        String listed = ids.stream().limit(limit).map(InspectionText::shown).collect(Collectors.joining(", "));
        return ids.size() > limit ? listed + ", ... (" + (ids.size() - limit) + " more)" : listed;
    }
}
