package io.github.graflowstudio.document.json;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link WorkflowDocument} into its canonical plain JSON form: known fields in a fixed
 * order, absent options left out, unknown fields after the known ones in their original order,
 * whole coordinates as integers. Stateless and thread-safe.
 */
final class DocumentEncoder {
    private DocumentEncoder() {
    }

    static Map<String, Object> encode(WorkflowDocument document) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("formatVersion", (long) document.formatVersion());
        json.put("name", document.name());
        putIfPresent(json, "start", document.start());
        List<Object> nodes = new ArrayList<>();
        document.nodes().forEach(node -> nodes.add(node(node)));
        json.put("nodes", nodes);
        List<Object> edges = new ArrayList<>();
        document.edges().forEach(edge -> edges.add(edge(edge)));
        json.put("edges", edges);
        List<Object> groups = new ArrayList<>();
        document.groups().forEach(group -> groups.add(group(group)));
        json.put("groups", groups);
        json.putAll(document.extra());
        return json;
    }

    private static Map<String, Object> node(WorkflowNode node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", node.id());
        json.put("kind", node.kind());
        json.put("config", node.config());
        json.put("x", coordinate(node.x()));
        json.put("y", coordinate(node.y()));
        putIfPresent(json, "maxRetries", node.maxRetries() == null ? null : node.maxRetries().longValue());
        if (node.retryBackoff() != null) {
            json.put("retryBackoff", backoff(node.retryBackoff()));
        }
        putIfPresent(json, "maxCycles", node.maxCycles() == null ? null : node.maxCycles().longValue());
        putIfPresent(json, "note", node.note());
        json.putAll(node.extra());
        return json;
    }

    private static Map<String, Object> backoff(RetryBackoff backoff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("initialMillis", backoff.initialMillis());
        json.put("factor", backoff.factor());
        json.put("maxMillis", backoff.maxMillis());
        json.put("jitter", backoff.jitter());
        json.putAll(backoff.extra());
        return json;
    }

    private static Map<String, Object> edge(WorkflowEdge edge) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", edge.from());
        json.put("to", edge.to());
        json.putAll(edge.extra());
        return json;
    }

    private static Map<String, Object> group(WorkflowGroup group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", group.id());
        json.put("members", group.members());
        json.put("policy", policy(group.policy()));
        json.putAll(group.extra());
        return json;
    }

    private static Map<String, Object> policy(GroupPolicySpec policy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", policy.type());
        putIfPresent(json, "n", policy.n() == null ? null : policy.n().longValue());
        putIfPresent(json, "critical", policy.critical());
        json.putAll(policy.extra());
        return json;
    }

    private static Object coordinate(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    private static void putIfPresent(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
