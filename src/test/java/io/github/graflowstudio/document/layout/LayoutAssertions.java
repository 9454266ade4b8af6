package io.github.graflowstudio.document.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks shared by the layout tests. */
final class LayoutAssertions {
    /** Tolerance for floating point comparisons of ELK coordinates. */
    static final double EPSILON = 1e-6;

    private LayoutAssertions() {
    }

    /** Fails if two node rectangles share interior area. */
    static void assertNoNodesOverlap(LayoutResult result) {
        List<Map.Entry<String, LayoutBounds>> nodes = new ArrayList<>(result.nodeBounds().entrySet());
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                LayoutBounds a = shrink(nodes.get(i).getValue());
                LayoutBounds b = shrink(nodes.get(j).getValue());
                assertFalse(a.overlaps(b), () -> "overlap: " + nodesDescription(result));
            }
        }
    }

    /** Fails unless every member lies inside its group and every other node lies outside it. */
    static void assertGroupsContainExactlyTheirMembers(LayoutRequest request, LayoutResult result) {
        for (LayoutGroup group : request.groups()) {
            LayoutBounds groupBounds = result.groupBounds().get(group.id());
            for (Map.Entry<String, LayoutBounds> node : result.nodeBounds().entrySet()) {
                boolean member = isDescendant(request, group.id(), node.getKey());
                if (member) {
                    assertTrue(grow(groupBounds).contains(node.getValue()),
                            () -> node.getKey() + " " + node.getValue() + " should lie inside " + group.id() + " " + groupBounds);
                } else {
                    assertFalse(shrink(groupBounds).overlaps(shrink(node.getValue())),
                            () -> node.getKey() + " " + node.getValue() + " should lie outside " + group.id() + " " + groupBounds);
                }
            }
        }
    }

    /** Whether {@code id} is a member of the group, directly or through nested groups. */
    static boolean isDescendant(LayoutRequest request, String groupId, String id) {
        for (LayoutGroup group : request.groups()) {
            if (group.id().equals(groupId)) {
                for (String member : group.memberIds()) {
                    if (member.equals(id) || isDescendant(request, member, id)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static LayoutBounds shrink(LayoutBounds bounds) {
        return new LayoutBounds(bounds.x() + EPSILON, bounds.y() + EPSILON, bounds.width() - 2 * EPSILON,
                bounds.height() - 2 * EPSILON);
    }

    private static LayoutBounds grow(LayoutBounds bounds) {
        return new LayoutBounds(bounds.x() - EPSILON, bounds.y() - EPSILON, bounds.width() + 2 * EPSILON,
                bounds.height() + 2 * EPSILON);
    }

    private static String nodesDescription(LayoutResult result) {
        StringBuilder text = new StringBuilder();
        result.nodeBounds().forEach((id, bounds) -> text.append('\n').append(id).append(' ').append(bounds));
        return text.toString();
    }
}
