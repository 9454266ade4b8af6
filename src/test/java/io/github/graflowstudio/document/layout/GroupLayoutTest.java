package io.github.graflowstudio.document.layout;

import static io.github.graflowstudio.document.layout.AutoLayoutServiceTest.edge;
import static io.github.graflowstudio.document.layout.AutoLayoutServiceTest.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups are laid out as boxes around their members, with edges crossing their borders. */
class GroupLayoutTest {
    private final AutoLayoutService service = new AutoLayoutService();

    /** start -> (a, b in parallel group) -> end, plus an outsider hanging off start. */
    private static LayoutRequest parallelGroup() {
        return new LayoutRequest(
                List.of(node("start"), node("a"), node("b"), node("end"), node("outsider")),
                List.of(edge("start", "a"), edge("start", "b"), edge("a", "end"), edge("b", "end"),
                        edge("start", "outsider")),
                List.of(LayoutGroup.of("parallel", "a", "b")));
    }

    @Test
    void membersLieInsideTheirGroupAndOtherNodesOutside() {
        LayoutRequest request = parallelGroup();

        LayoutResult result = service.layout(request);

        LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
        LayoutAssertions.assertNoNodesOverlap(result);
        assertTrue(result.notes().isEmpty(), result.notes()::toString);
    }

    @Test
    void groupLeavesPaddingAndHeaderAroundItsMembers() {
        LayoutRequest request = parallelGroup().withOptions(LayoutOptions.defaults().withGroupPadding(20, 30));

        LayoutResult result = service.layout(request);

        LayoutBounds group = result.groupBounds().get("parallel");
        for (String member : List.of("a", "b")) {
            LayoutBounds bounds = result.nodeBounds().get(member);
            assertTrue(bounds.x() - group.x() >= 20 - LayoutAssertions.EPSILON, member + " left padding");
            assertTrue(bounds.y() - group.y() >= 50 - LayoutAssertions.EPSILON, member + " header and top padding");
            assertTrue(group.maxX() - bounds.maxX() >= 20 - LayoutAssertions.EPSILON, member + " right padding");
            assertTrue(group.maxY() - bounds.maxY() >= 20 - LayoutAssertions.EPSILON, member + " bottom padding");
        }
    }

    @Test
    void edgesCrossingTheGroupBorderKeepTheFlowDirection() {
        LayoutResult result = service.layout(parallelGroup());

        LayoutBounds group = result.groupBounds().get("parallel");
        assertTrue(result.nodeBounds().get("start").maxX() < group.x(), "start left of the group");
        assertTrue(result.nodeBounds().get("end").x() > group.maxX(), "end right of the group");
        assertEquals(5, result.edgeRoutes().size());
    }

    @Test
    void edgesMayStartAndEndAtGroups() {
        LayoutRequest request = new LayoutRequest(
                List.of(node("before"), node("a"), node("b"), node("after")),
                List.of(edge("before", "group"), edge("group", "after"), edge("a", "b")),
                List.of(LayoutGroup.of("group", "a", "b")));

        LayoutResult result = service.layout(request);

        LayoutBounds group = result.groupBounds().get("group");
        assertTrue(result.nodeBounds().get("before").maxX() < group.x(), "before left of the group");
        assertTrue(result.nodeBounds().get("after").x() > group.maxX(), "after right of the group");
        LayoutEdgeRoute into = result.edgeRoute(0).orElseThrow();
        assertEquals(group.x(), into.end().x(), LayoutAssertions.EPSILON, into::toString);
        LayoutEdgeRoute outOf = result.edgeRoute(1).orElseThrow();
        assertEquals(group.maxX(), outOf.start().x(), LayoutAssertions.EPSILON, outOf::toString);
        LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
    }

    @Test
    void edgesBetweenAGroupAndItsOwnMemberDoNotFail() {
        LayoutRequest request = new LayoutRequest(
                List.of(node("inside"), node("other")),
                List.of(edge("group", "inside"), edge("inside", "group"), edge("group", "group"), edge("other", "inside")),
                List.of(LayoutGroup.of("group", "inside")));

        LayoutResult result = service.layout(request);

        LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
    }

    @Test
    void nestedGroupsContainTheirMembers() {
        LayoutRequest request = new LayoutRequest(
                List.of(node("s"), node("a"), node("b"), node("c"), node("t")),
                List.of(edge("s", "a"), edge("a", "b"), edge("a", "c"), edge("b", "t"), edge("c", "t")),
                List.of(LayoutGroup.of("outer", "a", "inner"), LayoutGroup.of("inner", "b", "c")));

        LayoutResult result = service.layout(request);

        assertTrue(result.groupBounds().get("outer").contains(result.groupBounds().get("inner")));
        LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
        LayoutAssertions.assertNoNodesOverlap(result);
    }

    @Test
    void edgesBetweenMembersOfDifferentGroupsAreRouted() {
        LayoutRequest request = new LayoutRequest(
                List.of(node("a1"), node("a2"), node("b1"), node("b2")),
                List.of(edge("a1", "a2"), edge("a2", "b1"), edge("b1", "b2"), edge("b2", "a1")),
                List.of(LayoutGroup.of("A", "a1", "a2"), LayoutGroup.of("B", "b1", "b2")));

        LayoutResult result = service.layout(request);

        LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
        assertTrue(result.groupBounds().get("A").maxX() <= result.groupBounds().get("B").x()
                || result.groupBounds().get("B").maxX() <= result.groupBounds().get("A").x()
                || result.groupBounds().get("A").maxY() <= result.groupBounds().get("B").y()
                || result.groupBounds().get("B").maxY() <= result.groupBounds().get("A").y(), "groups apart");
        assertEquals(4, result.edgeRoutes().size());
    }

    @Test
    void emptyGroupIsABoxOfItsOwn() {
        LayoutRequest request = new LayoutRequest(List.of(node("a")), List.of(edge("a", "empty")),
                List.of(LayoutGroup.of("empty")));

        LayoutResult result = service.layout(request);

        LayoutBounds empty = result.groupBounds().get("empty");
        assertTrue(empty.width() > 0 && empty.height() > 0, empty::toString);
        assertTrue(result.nodeBounds().get("a").maxX() < empty.x());
    }

    @Test
    void invalidMembershipsAreNotedAndIgnored() {
        LayoutRequest request = new LayoutRequest(
                List.of(node("a"), node("b"), node("a")),
                List.of(),
                List.of(LayoutGroup.of("g1", "a", "ghost", "g1"), LayoutGroup.of("g2", "a", "b", "g3"),
                        LayoutGroup.of("g3", "g2"), LayoutGroup.of("b")));

        LayoutResult result = service.layout(request);

        List<String> notes = result.notes();
        assertTrue(notes.stream().anyMatch(note -> note.contains("'a' appears more than once")), notes::toString);
        assertTrue(notes.stream().anyMatch(note -> note.contains("unknown member 'ghost'")), notes::toString);
        assertTrue(notes.stream().anyMatch(note -> note.contains("'a' already belongs to group 'g1'")), notes::toString);
        assertTrue(notes.stream().anyMatch(note -> note.contains("member 'g1' would make a group contain itself")), notes::toString);
        assertTrue(notes.stream().anyMatch(note -> note.contains("member 'g2' would make a group contain itself")), notes::toString);
        assertTrue(notes.stream().anyMatch(note -> note.contains("Group 'b' has the id of a node")), notes::toString);
        assertEquals(2, result.nodeBounds().size());
        assertEquals(List.of("g1", "g2", "g3"), List.copyOf(result.groupBounds().keySet()));
        assertTrue(result.groupBounds().get("g1").contains(result.nodeBounds().get("a")));
        assertTrue(result.groupBounds().get("g2").contains(result.nodeBounds().get("b")));
        assertTrue(result.groupBounds().get("g2").contains(result.groupBounds().get("g3")));
    }
}
