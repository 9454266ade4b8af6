package io.github.graflowstudio.document;

import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A workflow document ({@code *.flow.json}): a name, an optional start id, nodes, edges and
 * parallel groups, plus any fields the model does not know (kept on save).
 *
 * <p>Immutable and thread-safe. Every edit returns a modified copy, so an editor can keep the
 * previous version for undo. Equality is structural: a document read back from what was
 * written is {@code equals} to it. The document accepts invalid content (duplicate or blank ids,
 * dangling references) so that any file can be shown; {@code WorkflowValidator} reports it.
 *
 * <p>Lookups by id ({@link #node}, {@link #group}, {@link #hasId}, {@link #outgoing},
 * {@link #incoming}, {@link #hasEdge}) use an index built on first use, so validating or
 * compiling a document of 100,000 nodes stays linear.
 */
public final class WorkflowDocument {
    /** The format version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** The JSON field names this record models. */
    public static final Set<String> FIELDS = Set.of("formatVersion", "name", "start", "nodes", "edges", "groups");

    private final int formatVersion;
    private final String name;
    private final String start;
    private final List<WorkflowNode> nodes;
    private final List<WorkflowEdge> edges;
    private final List<WorkflowGroup> groups;
    private final Map<String, Object> extra;
    private volatile DocumentLookup lookup;
    private int hash;

    /**
     * Checks for nulls, copies the lists and freezes the extra fields.
     *
     * @param formatVersion the file format version ({@link #FORMAT_VERSION})
     * @param name          the workflow's name
     * @param start         the start node or group id, or {@code null} to pick the single root
     * @param nodes         task nodes in document order
     * @param edges         edges in document order
     * @param groups        parallel groups in document order
     * @param extra         unknown top-level fields, kept on save
     */
    public WorkflowDocument(int formatVersion, String name, String start, List<WorkflowNode> nodes,
                            List<WorkflowEdge> edges, List<WorkflowGroup> groups, Map<String, Object> extra) {
        this.formatVersion = formatVersion;
        this.name = ModelChecks.required(name, "workflow name");
        this.start = start;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.groups = List.copyOf(groups);
        this.extra = ModelChecks.extra(extra, FIELDS, "workflow");
    }

    /** The file format version. */
    public int formatVersion() {
        return formatVersion;
    }

    /** The workflow's name. */
    public String name() {
        return name;
    }

    /** The start node or group id, or {@code null}. */
    public String start() {
        return start;
    }

    /** Task nodes in document order. */
    public List<WorkflowNode> nodes() {
        return nodes;
    }

    /** Edges in document order. */
    public List<WorkflowEdge> edges() {
        return edges;
    }

    /** Parallel groups in document order. */
    public List<WorkflowGroup> groups() {
        return groups;
    }

    /** Unknown top-level fields. */
    public Map<String, Object> extra() {
        return extra;
    }

    private DocumentLookup lookup() {
        DocumentLookup current = lookup;
        if (current == null) {
            current = new DocumentLookup(nodes, edges, groups);
            lookup = current;
        }
        return current;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof WorkflowDocument that && formatVersion == that.formatVersion
                && name.equals(that.name) && java.util.Objects.equals(start, that.start) && nodes.equals(that.nodes)
                && edges.equals(that.edges) && groups.equals(that.groups) && extra.equals(that.extra);
    }

    @Override
    public int hashCode() {
        int value = hash;
        if (value == 0) {
            value = java.util.Objects.hash(formatVersion, name, start, nodes, edges, groups, extra);
            hash = value;
        }
        return value;
    }

    @Override
    public String toString() {
        return "WorkflowDocument[name=" + name + ", start=" + start + ", " + nodes.size() + " nodes, " + edges.size()
                + " edges, " + groups.size() + " groups]";
    }

    /** An empty document of the current format. */
    public static WorkflowDocument empty(String name) {
        return new WorkflowDocument(FORMAT_VERSION, name, null, List.of(), List.of(), List.of(), Map.of());
    }

    /** A document of the current format without a start and without extra fields. */
    public static WorkflowDocument of(String name, List<WorkflowNode> nodes, List<WorkflowEdge> edges,
                                      List<WorkflowGroup> groups) {
        return new WorkflowDocument(FORMAT_VERSION, name, null, nodes, edges, groups, Map.of());
    }

    // ----- queries ---------------------------------------------------------------------------

    /** Node ids then group ids, in document order, without repeats. */
    public List<String> ids() {
        return lookup().ids();
    }

    /** Whether a node or a group has this id. */
    public boolean hasId(String id) {
        return node(id).isPresent() || group(id).isPresent();
    }

    /** The first node with this id. */
    public Optional<WorkflowNode> node(String id) {
        return Optional.ofNullable(lookup().node(id));
    }

    /** The first group with this id. */
    public Optional<WorkflowGroup> group(String id) {
        return Optional.ofNullable(lookup().group(id));
    }

    /** The edges leaving {@code id}, in document order. */
    public List<WorkflowEdge> outgoing(String id) {
        return lookup().outgoing(id);
    }

    /** The edges entering {@code id}, in document order. */
    public List<WorkflowEdge> incoming(String id) {
        return lookup().incoming(id);
    }

    /** Whether the edge {@code from -> to} exists. */
    public boolean hasEdge(String from, String to) {
        return lookup().hasEdge(from, to);
    }

    // ----- edits -----------------------------------------------------------------------------

    /**
     * {@code copy}, which has this document's very nodes, edges and groups, with this document's
     * id index (built or not): renaming the workflow or choosing another start does not index
     * 100,000 nodes again.
     */
    private WorkflowDocument sharingLookup(WorkflowDocument copy) {
        copy.lookup = lookup;
        return copy;
    }

    /** A copy with another name. */
    public WorkflowDocument withName(String newName) {
        return sharingLookup(new WorkflowDocument(formatVersion, newName, start, nodes, edges, groups, extra));
    }

    /** A copy with another start id ({@code null}: pick the single root). */
    public WorkflowDocument withStart(String newStart) {
        return sharingLookup(new WorkflowDocument(formatVersion, name, newStart, nodes, edges, groups, extra));
    }

    /** A copy with other extra fields. */
    public WorkflowDocument withExtra(Map<String, Object> newExtra) {
        return sharingLookup(new WorkflowDocument(formatVersion, name, start, nodes, edges, groups, newExtra));
    }

    /** A copy where {@code node} replaces the first node with its id, or is appended. */
    public WorkflowDocument withNode(WorkflowNode node) {
        List<WorkflowNode> copy = new ArrayList<>(nodes);
        int index = indexOfNode(node.id());
        if (index >= 0) {
            copy.set(index, node);
        } else {
            copy.add(node);
        }
        return new WorkflowDocument(formatVersion, name, start, copy, edges, groups, extra);
    }

    /**
     * A copy where the node {@code id} is replaced by {@code change.apply(node)}.
     *
     * @throws NoSuchElementException if there is no such node
     */
    public WorkflowDocument updateNode(String id, UnaryOperator<WorkflowNode> change) {
        int index = indexOfNode(id);
        if (index < 0) {
            throw new NoSuchElementException("No node '" + id + "'. Nodes: " + nodes.stream().map(WorkflowNode::id).toList());
        }
        List<WorkflowNode> copy = new ArrayList<>(nodes);
        copy.set(index, change.apply(nodes.get(index)));
        return new WorkflowDocument(formatVersion, name, start, copy, edges, groups, extra);
    }

    /** A copy with the node moved to (x, y). */
    public WorkflowDocument moveNode(String id, double x, double y) {
        return updateNode(id, node -> node.withPosition(x, y));
    }

    /**
     * A copy without the node {@code id}, its edges, its group memberships (and critical ids),
     * and the start if it was this node. Kind config fields that name the node (branch targets)
     * are left for the validator to report.
     */
    public WorkflowDocument withoutNode(String id) {
        return DocumentReferences.remove(this, id, true);
    }

    /** A copy with the edge {@code from -> to} appended (unchanged if it already exists). */
    public WorkflowDocument withEdge(String from, String to) {
        return hasEdge(from, to) ? this : withEdge(WorkflowEdge.of(from, to));
    }

    /** A copy with {@code edge} appended (even if an equal edge exists: the validator warns). */
    public WorkflowDocument withEdge(WorkflowEdge edge) {
        List<WorkflowEdge> copy = new ArrayList<>(edges);
        copy.add(edge);
        return new WorkflowDocument(formatVersion, name, start, nodes, copy, groups, extra);
    }

    /** A copy without any edge {@code from -> to}. */
    public WorkflowDocument withoutEdge(String from, String to) {
        List<WorkflowEdge> copy = new ArrayList<>(edges);
        copy.removeIf(edge -> edge.connects(from, to));
        return new WorkflowDocument(formatVersion, name, start, nodes, copy, groups, extra);
    }

    /** A copy where {@code group} replaces the first group with its id, or is appended. */
    public WorkflowDocument withGroup(WorkflowGroup group) {
        List<WorkflowGroup> copy = new ArrayList<>(groups);
        int index = -1;
        for (int i = 0; i < groups.size() && index < 0; i++) {
            if (groups.get(i).id().equals(group.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            copy.set(index, group);
        } else {
            copy.add(group);
        }
        return new WorkflowDocument(formatVersion, name, start, nodes, edges, copy, extra);
    }

    /** A copy without the group {@code id}, its edges, its memberships and the start if it was this group. */
    public WorkflowDocument withoutGroup(String id) {
        return DocumentReferences.remove(this, id, false);
    }

    /**
     * A copy where the node or group {@code oldId} is called {@code newId}, and every reference
     * follows: edges, group members, critical ids, the start, and node-id fields of the built-in
     * kinds' configs (branch {@code ifTrue}/{@code ifFalse}, loop {@code then}).
     *
     * @throws IllegalArgumentException if {@code oldId} does not exist, {@code newId} is blank or
     *         already used
     */
    public WorkflowDocument renameNode(String oldId, String newId) {
        return renameNode(oldId, newId, TaskKinds.builtIn());
    }

    /** As {@link #renameNode(String, String)}, with the kinds that say which config fields are node ids. */
    public WorkflowDocument renameNode(String oldId, String newId, TaskKinds kinds) {
        return DocumentReferences.rename(this, oldId, newId, kinds);
    }

    private int indexOfNode(String id) {
        return lookup().indexOfNode(id);
    }
}
