package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.kinds.TaskKinds;
import io.github.graflowstudio.document.validation.StartNodes;
import io.github.graflowstudio.document.validation.StartSelection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runner's start node: the choices are exactly the nodes and groups of the current
 * document, kept in sync as nodes are added, removed or renamed. A chosen start that disappears
 * is cleared with a notice (a rename is followed). Also computes the reachability preview from
 * the chosen start: by edges (and group membership), only through dynamic jumps (branch and loop
 * targets), or not at all. FX thread only.
 */
public final class StartNodeChooser {
    private final TaskKinds kinds;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObjectProperty<String> start = new SimpleObjectProperty<>(this, "start");
    private final SimpleStringProperty notice = new SimpleStringProperty(this, "notice", "");
    private WorkflowDocument document;

    /** A chooser over a first document. */
    public StartNodeChooser(WorkflowDocument initial, TaskKinds kinds) {
        this.kinds = kinds;
        this.document = initial;
        choices.setAll(initial.ids());
        start.set(defaultStart(initial));
    }

    /** The ids that may be chosen (exactly the document's nodes and groups). */
    public ObservableList<String> choices() {
        return choices;
    }

    /** The chosen start, or {@code null}. */
    public ObjectProperty<String> startProperty() {
        return start;
    }

    /** Why the start was cleared or changed, or {@code ""}. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** Follows a new document version. */
    public void documentChanged(WorkflowDocument next) {
        WorkflowDocument previous = document;
        document = next;
        List<String> oldIds = previous.ids();
        List<String> newIds = next.ids();
        String chosen = start.get();
        choices.setAll(newIds);
        if (chosen == null) {
            if (oldIds.isEmpty()) {
                start.set(defaultStart(next));
            }
            return;
        }
        if (newIds.contains(chosen)) {
            start.set(chosen);
            return;
        }
        String renamed = renamedTo(oldIds, newIds, chosen);
        if (renamed != null) {
            start.set(renamed);
            notice.set("Start node renamed to '" + renamed + "'");
        } else {
            start.set(null);
            notice.set("Start node '" + chosen + "' was removed from the workflow; choose another start node");
        }
    }

    private static String renamedTo(List<String> oldIds, List<String> newIds, String id) {
        Set<String> removed = new LinkedHashSet<>(oldIds);
        removed.removeAll(newIds);
        Set<String> added = new LinkedHashSet<>(newIds);
        added.removeAll(oldIds);
        if (removed.size() == 1 && added.size() == 1 && oldIds.size() == newIds.size()
                && oldIds.indexOf(id) == newIds.indexOf(added.iterator().next())) {
            return added.iterator().next();
        }
        return null;
    }

    /** The document's start, or its single root, or {@code null}. */
    public String defaultStart(WorkflowDocument candidate) {
        StartSelection selection = StartNodes.select(candidate, kinds);
        return selection.found() ? selection.startId() : null;
    }

    /**
     * The reachability preview from the chosen start.
     *
     * @param byEdges  reachable by edges and group membership
     * @param byJumps  reachable only through branch or loop targets
     * @param dimmed   not reachable at all
     */
    public record Reachability(Set<String> byEdges, Set<String> byJumps, Set<String> dimmed) {
    }

    /** Reachability from the chosen start in the current document (nothing dimmed without a start). */
    public Reachability reachability() {
        String from = start.get();
        if (from == null || !document.hasId(from)) {
            return new Reachability(Set.of(), Set.of(), Set.of());
        }
        Set<String> byEdges = walk(Set.of(from), false);
        Set<String> all = walk(Set.of(from), true);
        Set<String> byJumps = new LinkedHashSet<>(all);
        byJumps.removeAll(byEdges);
        Set<String> dimmed = new LinkedHashSet<>(document.ids());
        dimmed.removeAll(all);
        return new Reachability(byEdges, byJumps, dimmed);
    }

    private Set<String> walk(Set<String> from, boolean followJumps) {
        Set<String> seen = new HashSet<>(from);
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            document.outgoing(id).forEach(edge -> visit(edge.to(), seen, todo));
            document.group(id).ifPresent(group -> group.members().forEach(member -> visit(member, seen, todo)));
            if (followJumps) {
                document.node(id).ifPresent(node -> kinds.referencedIds(node.kind(), node.config())
                        .forEach(target -> visit(target, seen, todo)));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : document.ids()) {
            if (seen.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    private void visit(String id, Set<String> seen, Deque<String> todo) {
        if (document.hasId(id) && seen.add(id)) {
            todo.add(id);
        }
    }
}
