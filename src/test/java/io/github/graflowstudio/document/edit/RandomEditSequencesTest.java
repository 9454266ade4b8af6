package io.github.graflowstudio.document.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random edit sequences: after N commands, undoing all gives the start document and
 * redoing all gives the end document; undoing part way gives the document of that moment.
 * Sequences: {@code -Dstudio.fuzz.count} x 5 (default 200 x 5 = 1000) of 50 commands.
 */
class RandomEditSequencesTest {
    private static final String[] KINDS = {"echo", "expr", "sleep", "noop", "fail"};

    @Test
    void undoAllGivesTheStartAndRedoAllGivesTheEnd() {
        long seed = Long.getLong("studio.fuzz.seed", 20261128L);
        int sequences = Integer.getInteger("studio.fuzz.count", 200) * 5;
        for (int sequence = 0; sequence < sequences; sequence++) {
            Random random = new Random(seed + sequence);
            WorkflowDocument start = startDocument(random);
            CommandStack stack = new CommandStack(start);
            List<WorkflowDocument> history = new ArrayList<>();
            history.add(start);
            int executed = 0;
            while (executed < 50) {
                Command command = randomCommand(random, stack.document());
                try {
                    if (stack.execute(command)) {
                        executed++;
                        history.add(stack.document());
                    }
                } catch (IllegalArgumentException refused) {
                    // a command that does not apply changes nothing
                    assertEquals(history.get(history.size() - 1), stack.document(), "refused command changed the document");
                }
            }
            WorkflowDocument end = stack.document();
            boolean checkEveryStep = sequence % 10 == 0;
            for (int i = history.size() - 2; i >= 0; i--) {
                stack.undo();
                if (checkEveryStep) {
                    assertEquals(history.get(i), stack.document(), "seed " + (seed + sequence) + " undo to step " + i);
                }
            }
            assertEquals(start, stack.document());
            while (stack.redo()) {
                // redo everything
            }
            assertEquals(end, stack.document(), "seed " + (seed + sequence) + " redo all");
        }
    }

    private static WorkflowDocument startDocument(Random random) {
        WorkflowDocument document = WorkflowDocument.empty("random");
        int count = 2 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            document = document.withNode(WorkflowNode.of("n" + i, KINDS[random.nextInt(KINDS.length)],
                    Map.of("value", i), i * 200, random.nextInt(400)));
        }
        for (int i = 1; i < count; i++) {
            if (random.nextBoolean()) {
                document = document.withEdge("n" + (i - 1), "n" + i);
            }
        }
        return document;
    }

    private static Command randomCommand(Random random, WorkflowDocument document) {
        List<String> nodes = document.nodes().stream().map(WorkflowNode::id).toList();
        List<String> ids = document.ids();
        String anyNode = nodes.isEmpty() ? "missing" : nodes.get(random.nextInt(nodes.size()));
        String anyId = ids.isEmpty() ? "missing" : ids.get(random.nextInt(ids.size()));
        Set<String> taken = new HashSet<>(ids);
        switch (random.nextInt(11)) {
            case 0:
                String kind = KINDS[random.nextInt(KINDS.length)];
                return EditCommands.addNode(WorkflowNode.of(UniqueIds.forKind(kind, taken), kind,
                        Map.of("value", random.nextInt(100)), random.nextInt(2000), random.nextInt(2000)));
            case 1:
                Map<String, double[]> positions = new LinkedHashMap<>();
                for (String id : nodes) {
                    if (random.nextInt(3) == 0) {
                        positions.put(id, new double[] {random.nextInt(3000), random.nextInt(3000)});
                    }
                }
                return EditCommands.moveNodes(positions);
            case 2:
                List<WorkflowEdge> edges = document.edges().isEmpty() || random.nextBoolean() ? List.of()
                        : List.of(document.edges().get(random.nextInt(document.edges().size())));
                return EditCommands.delete(random.nextInt(3) == 0 ? List.of() : List.of(anyId), edges);
            case 3:
            case 4:
                String other = ids.isEmpty() ? "missing" : ids.get(random.nextInt(ids.size()));
                return EditCommands.connect(anyId, other);
            case 5:
                return EditCommands.rename(anyId, random.nextInt(4) == 0 ? anyNode : UniqueIds.next(anyId + "_r", taken));
            case 6:
                return EditCommands.updateNode(anyNode, "Change value of " + anyNode,
                        node -> node.withConfigValue("value", random.nextInt(1000)).withNote("note " + random.nextInt(5)));
            case 7:
                List<String> members = new ArrayList<>();
                for (String id : nodes) {
                    if (random.nextInt(3) == 0) {
                        members.add(id);
                    }
                }
                return EditCommands.group(members, UniqueIds.forKind("group", taken));
            case 8:
                return document.groups().isEmpty() ? EditCommands.ungroup("missing")
                        : random.nextBoolean()
                        ? EditCommands.ungroup(document.groups().get(random.nextInt(document.groups().size())).id())
                        : EditCommands.setGroupPolicy(document.groups().get(0).id(), GroupPolicySpec.bestEffort());
            case 9:
                Set<String> selection = new HashSet<>();
                for (String id : ids) {
                    if (random.nextInt(Math.max(2, ids.size() / 3)) == 0) {
                        selection.add(id);
                    }
                }
                WorkflowDocument fragment = Fragments.extract(document, selection);
                return EditCommands.paste(Fragments.prepareForPaste(fragment, document, 40, 40).fragment());
            default:
                return EditCommands.setStart(random.nextBoolean() ? anyId : null);
        }
    }
}
