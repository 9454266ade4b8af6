package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every flag of an inspection grouped by severity, worst first, each group under a header that
 * collapses and expands it; flags keep the order they were raised in within a group. A flat list
 * so a virtualised list view shows thousands of flags at once. FX thread only.
 */
public final class FlagListModel {
    private static final List<Severity> ORDER = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);
    private final ObservableList<FlagListItem> items = FXCollections.observableArrayList();
    private final Set<Severity> collapsed = EnumSet.noneOf(Severity.class);
    private Map<Severity, List<InspectionFlag>> groups = new EnumMap<>(Severity.class);

    /** The lines: headers and the flags of expanded groups. */
    public ObservableList<FlagListItem> items() {
        return items;
    }

    /** The flags of one severity, in the order raised. */
    public List<InspectionFlag> flags(Severity severity) {
        return groups.getOrDefault(severity, List.of());
    }

    /** Collapses an expanded group or expands a collapsed one. */
    public void toggle(Severity severity) {
        if (!collapsed.remove(severity)) {
            collapsed.add(severity);
        }
        rebuild();
    }

    /** Whether a group is collapsed. */
    public boolean isCollapsed(Severity severity) {
        return collapsed.contains(severity);
    }

    /** Shows the flags of an inspection. */
    void setFlags(List<InspectionFlag> flags) {
        Map<Severity, List<InspectionFlag>> grouped = new EnumMap<>(Severity.class);
        for (InspectionFlag flag : flags) {
            grouped.computeIfAbsent(flag.severity(), key -> new ArrayList<>()).add(flag);
        }
        groups = grouped;
        rebuild();
    }

    private void rebuild() {
        List<FlagListItem> lines = new ArrayList<>();
        for (Severity severity : ORDER) {
            List<InspectionFlag> group = groups.get(severity);
            if (group == null || group.isEmpty()) {
                continue;
            }
            boolean closed = collapsed.contains(severity);
            lines.add(new FlagListItem(severity, null, group.size(), closed));
            if (!closed) {
                for (InspectionFlag flag : group) {
                    lines.add(new FlagListItem(severity, flag, 0, false));
                }
            }
        }
        items.setAll(lines);
    }
}
