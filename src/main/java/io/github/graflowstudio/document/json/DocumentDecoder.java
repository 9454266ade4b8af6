package io.github.graflowstudio.document.json;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a located JSON tree into a {@link WorkflowDocument}, checking types and required fields
 * (semantic checks are the validator's). Unknown fields go to the records' {@code extra} maps.
 * Stateless and thread-safe.
 */
final class DocumentDecoder {
    private DocumentDecoder() {
    }

    static WorkflowDocument decode(Located root, String source) throws DocumentException {
        ObjectFields fields = ObjectFields.of(root, source, "the workflow").within(null);
        Located versionValue = fields.required("formatVersion");
        Integer version = fields.optionalInt("formatVersion");
        if (version != WorkflowDocument.FORMAT_VERSION) {
            throw fields.error(versionValue, "unsupported formatVersion " + version + "; this version of Graflow "
                    + "Studio reads formatVersion " + WorkflowDocument.FORMAT_VERSION);
        }
        String name = fields.requiredString("name");
        String start = fields.optionalString("start");
        List<WorkflowNode> nodes = new ArrayList<>();
        List<Located> nodeValues = fields.optionalArray("nodes");
        for (int i = 0; i < nodeValues.size(); i++) {
            nodes.add(node(nodeValues.get(i), source, "nodes[" + i + "]"));
        }
        List<WorkflowEdge> edges = new ArrayList<>();
        List<Located> edgeValues = fields.optionalArray("edges");
        for (int i = 0; i < edgeValues.size(); i++) {
            edges.add(edge(edgeValues.get(i), source, "edges[" + i + "]"));
        }
        List<WorkflowGroup> groups = new ArrayList<>();
        List<Located> groupValues = fields.optionalArray("groups");
        for (int i = 0; i < groupValues.size(); i++) {
            groups.add(group(groupValues.get(i), source, "groups[" + i + "]"));
        }
        try {
            return new WorkflowDocument(version, name, start, nodes, edges, groups,
                    fields.unknown(WorkflowDocument.FIELDS));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    private static WorkflowNode node(Located value, String source, String position) throws DocumentException {
        ObjectFields fields = ObjectFields.of(value, source, position);
        String id = fields.requiredString("id");
        fields = fields.within("node '" + id + "'");
        String kind = fields.requiredString("kind");
        var config = fields.optionalObject("config");
        double x = fields.optionalDouble("x", 0);
        double y = fields.optionalDouble("y", 0);
        Integer maxRetries = fields.optionalInt("maxRetries");
        Located backoffValue = fields.optional("retryBackoff");
        RetryBackoff backoff = backoffValue == null ? null
                : backoff(backoffValue, source, "node '" + id + "': retryBackoff");
        Integer maxCycles = fields.optionalInt("maxCycles");
        String note = fields.optionalString("note");
        try {
            return new WorkflowNode(id, kind, config, x, y, maxRetries, backoff, maxCycles, note,
                    fields.unknown(WorkflowNode.FIELDS));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    private static RetryBackoff backoff(Located value, String source, String context) throws DocumentException {
        ObjectFields fields = ObjectFields.of(value, source, context);
        RetryBackoff defaults = RetryBackoff.DEFAULTS;
        long initial = fields.optionalLong("initialMillis", defaults.initialMillis());
        double factor = fields.optionalDouble("factor", defaults.factor());
        long max = fields.optionalLong("maxMillis", defaults.maxMillis());
        boolean jitter = fields.optionalBoolean("jitter", defaults.jitter());
        try {
            return new RetryBackoff(initial, factor, max, jitter, fields.unknown(RetryBackoff.FIELDS));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    private static WorkflowEdge edge(Located value, String source, String position) throws DocumentException {
        ObjectFields fields = ObjectFields.of(value, source, position);
        String from = fields.requiredString("from");
        String to = fields.requiredString("to");
        try {
            return new WorkflowEdge(from, to, fields.unknown(WorkflowEdge.FIELDS));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    private static WorkflowGroup group(Located value, String source, String position) throws DocumentException {
        ObjectFields fields = ObjectFields.of(value, source, position);
        String id = fields.requiredString("id");
        fields = fields.within("group '" + id + "'");
        List<String> members = fields.optionalStrings("members");
        if (members == null) {
            throw fields.error("missing field 'members'");
        }
        Located policyValue = fields.optional("policy");
        GroupPolicySpec policy = policyValue == null ? GroupPolicySpec.strict()
                : policy(policyValue, source, "group '" + id + "': policy");
        try {
            return new WorkflowGroup(id, members, policy, fields.unknown(WorkflowGroup.FIELDS));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    private static GroupPolicySpec policy(Located value, String source, String context) throws DocumentException {
        ObjectFields fields = ObjectFields.of(value, source, context);
        String type = fields.requiredString("type");
        Integer n = fields.optionalInt("n");
        List<String> critical = fields.optionalStrings("critical");
        try {
            return new GroupPolicySpec(type, n, critical, fields.unknown(GroupPolicySpec.FIELDS));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }
}
