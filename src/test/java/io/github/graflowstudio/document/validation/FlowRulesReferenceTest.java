package io.github.graflowstudio.document.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The flow rules (reachability, cycles, start selection) on seeded random documents, checked
 * against a deliberately naive reference: successor sets and a transitive closure. Documents mix
 * noop nodes, branches whose targets are jumps, groups, duplicate edges, self-loops and edges to
 * ids that do not exist. {@code -Dvalidation.fuzz.count=N} runs more documents.
 */
class FlowRulesReferenceTest {
    private static final int COUNT = Integer.getInteger("validation.fuzz.count", 400);
    private final WorkflowValidator validator = new WorkflowValidator();

    @Test
    void reachabilityCyclesAndStartMatchANaiveReference() {
        for (long seed = 1; seed <= COUNT; seed++) {
            WorkflowDocument document = randomDocument(new SplittableRandom(seed));
            Reference reference = new Reference(document);
            ValidationReport report = validator.validate(document);
            String where = "seed " + seed + ": " + document.nodes().size() + " nodes, " + document.edges().size()
                    + " edges, " + document.groups().size() + " groups";

            StartSelection start = StartNodes.select(document);
            assertEquals(reference.startCandidates(), start.candidates(), where);
            List<String> unreachable = report.withCode(ProblemCode.UNREACHABLE_NODE).stream()
                    .map(ValidationProblem::nodeId).toList();
            assertEquals(start.startId() == null ? List.of() : reference.unreachableFrom(start.startId()), unreachable,
                    where);
            List<String> unbounded = report.withCode(ProblemCode.UNBOUNDED_CYCLE).stream()
                    .map(ValidationProblem::nodeId).toList();
            assertEquals(reference.unboundedCycleHeads(), unbounded, where);
        }
    }

    private static WorkflowDocument randomDocument(SplittableRandom random) {
        int size = 1 + random.nextInt(14);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add("n" + i);
        }
        List<WorkflowNode> nodes = new ArrayList<>();
        for (String id : ids) {
            if (random.nextInt(6) == 0) {
                Map<String, Object> config = new HashMap<>();
                config.put("condition", "true");
                config.put("ifTrue", pick(random, ids));
                nodes.add(WorkflowNode.of(id, "branch", config));
            } else {
                nodes.add(WorkflowNode.of(id, "noop", Map.of()));
            }
        }
        List<WorkflowGroup> groups = new ArrayList<>();
        int groupCount = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
        List<String> all = new ArrayList<>(ids);
        for (int g = 0; g < groupCount; g++) {
            Set<String> members = new LinkedHashSet<>();
            int memberCount = 2 + random.nextInt(3);
            for (int m = 0; m < memberCount; m++) {
                members.add(pick(random, ids));
            }
            groups.add(WorkflowGroup.of("g" + g, List.copyOf(members)));
            all.add("g" + g);
        }
        List<WorkflowEdge> edges = new ArrayList<>();
        int edgeCount = random.nextInt(size * 2 + 1);
        for (int e = 0; e < edgeCount; e++) {
            String to = random.nextInt(25) == 0 ? "ghost" : pick(random, all);
            edges.add(WorkflowEdge.of(pick(random, all), to));
        }
        WorkflowDocument document = WorkflowDocument.of("random", nodes, edges, groups);
        return random.nextInt(4) == 0 ? document.withStart(pick(random, all)) : document;
    }

    private static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** The rules' meaning spelled out with sets and a closure: slow, obvious, and independent. */
    private static final class Reference {
        private final WorkflowDocument document;
        private final List<String> ids;
        private final Map<String, Set<String>> successors = new HashMap<>();
        private final Map<String, Set<String>> reaches = new HashMap<>();

        Reference(WorkflowDocument document) {
            this.document = document;
            this.ids = document.ids();
            for (String id : ids) {
                successors.put(id, new LinkedHashSet<>());
            }
            for (WorkflowEdge edge : document.edges()) {
                if (ids.contains(edge.from()) && ids.contains(edge.to())) {
                    successors.get(edge.from()).add(edge.to());
                }
            }
            for (WorkflowGroup group : document.groups()) {
                for (String member : group.members()) {
                    if (ids.contains(member)) {
                        successors.get(group.id()).add(member);
                    }
                }
            }
            for (WorkflowNode node : document.nodes()) {
                Object target = node.config().get("ifTrue");
                if (target instanceof String jump && ids.contains(jump)) {
                    successors.get(node.id()).add(jump);
                }
            }
            for (String id : ids) {
                Set<String> reached = new LinkedHashSet<>(successors.get(id));
                boolean grew = true;
                while (grew) {
                    grew = false;
                    for (String via : List.copyOf(reached)) {
                        grew |= reached.addAll(successors.get(via));
                    }
                }
                reaches.put(id, reached);
            }
        }

        List<String> unreachableFrom(String start) {
            return ids.stream().filter(id -> !id.equals(start) && !reaches.get(start).contains(id)).toList();
        }

        /** The first id (in document order) of each cycle without a node that can end it. */
        List<String> unboundedCycleHeads() {
            List<String> heads = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String id : ids) {
                if (seen.contains(id) || !reaches.get(id).contains(id)) {
                    continue;
                }
                List<String> cycle = ids.stream()
                        .filter(other -> other.equals(id) || reaches.get(id).contains(other) && reaches.get(other).contains(id))
                        .toList();
                seen.addAll(cycle);
                boolean bounded = cycle.stream().anyMatch(member -> document.node(member)
                        .map(node -> "branch".equals(node.kind())).orElse(false));
                if (!bounded) {
                    heads.add(id);
                }
            }
            return heads;
        }

        List<String> startCandidates() {
            if (document.start() != null) {
                return List.of(document.start());
            }
            Set<String> entered = new LinkedHashSet<>();
            document.edges().forEach(edge -> entered.add(edge.to()));
            List<String> candidates = ids.stream().filter(id -> !entered.contains(id)).toList();
            if (candidates.size() > 1) {
                List<String> roots = candidates;
                List<String> notReached = roots.stream().filter(candidate -> roots.stream()
                        .noneMatch(other -> !other.equals(candidate) && reaches.get(other).contains(candidate))).toList();
                candidates = notReached.isEmpty() ? candidates : notReached;
            }
            if (candidates.size() > 1) {
                Set<String> members = new LinkedHashSet<>();
                document.groups().forEach(group -> members.addAll(group.members()));
                List<String> notMembers = candidates.stream().filter(id -> !members.contains(id)).toList();
                candidates = notMembers.isEmpty() ? candidates : notMembers;
            }
            return candidates;
        }
    }
}
