package io.github.graflowstudio.document.layout;

import static io.github.graflowstudio.document.layout.AutoLayoutServiceTest.edge;
import static io.github.graflowstudio.document.layout.AutoLayoutServiceTest.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any graph: no overlaps, groups intact, cycles fine, repeatable. */
class RandomGraphLayoutTest {
    private static final long SEED = 20261128L;
    private static final int GRAPHS = 50;

    private final AutoLayoutService service = new AutoLayoutService();

    private static LayoutRequest randomRequest(Random random) {
        int nodeCount = 5 + random.nextInt(56);
        int edgeCount = random.nextInt(2 * nodeCount);
        int groupCount = random.nextInt(4);
        return RandomGraphs.generate(random, nodeCount, edgeCount, groupCount);
    }

    @Test
    void noTwoNodesOverlapAndGroupsHoldExactlyTheirMembersInRandomGraphs() {
        Random random = new Random(SEED);
        for (int graph = 0; graph < GRAPHS; graph++) {
            LayoutRequest request = randomRequest(random);

            LayoutResult result = service.layout(request);

            LayoutAssertions.assertNoNodesOverlap(result);
            LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
            assertEquals(request.nodes().size(), result.nodeBounds().size());
            assertEquals(request.edges().size(), result.edgeRoutes().size(), "every edge is routed");
            assertTrue(result.notes().isEmpty(), result.notes()::toString);
            for (LayoutBounds bounds : result.nodeBounds().values()) {
                assertTrue(result.drawingBounds().contains(bounds));
            }
        }
    }

    @Test
    void randomGraphsLaidOutDownwardsDoNotOverlapEither() {
        Random random = new Random(SEED + 1);
        for (int graph = 0; graph < 10; graph++) {
            LayoutRequest request = randomRequest(random)
                    .withOptions(LayoutOptions.defaults().withDirection(LayoutDirection.DOWN));

            LayoutResult result = service.layout(request);

            LayoutAssertions.assertNoNodesOverlap(result);
            LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
        }
    }

    @Test
    void sameInputGivesSameOutput() {
        Random random = new Random(SEED + 2);
        for (int graph = 0; graph < 10; graph++) {
            LayoutRequest request = randomRequest(random);

            LayoutResult first = service.layout(request);
            LayoutResult second = service.layout(request);

            assertEquals(first, second);
        }
    }

    @Test
    void orderOfTheNodeListDoesNotMatter() {
        LayoutRequest request = RandomGraphs.generate(new Random(SEED + 3), 40, 60, 2);
        List<LayoutNode> shuffled = new ArrayList<>(request.nodes());
        Collections.shuffle(shuffled, new Random(7));

        LayoutResult original = service.layout(request);
        LayoutResult reordered = service.layout(new LayoutRequest(shuffled, request.edges(), request.groups()));

        assertEquals(original.nodeBounds(), reordered.nodeBounds());
        assertEquals(original.groupBounds(), reordered.groupBounds());
    }

    @Test
    void cyclesAndSelfLoopsAreLaidOut() {
        LayoutRequest request = new LayoutRequest(
                List.of(node("start"), node("a"), node("b"), node("c"), node("d")),
                List.of(edge("start", "a"), edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "d"),
                        edge("d", "d"), edge("b", "b"), edge("d", "a"), edge("a", "b")),
                List.of());

        LayoutResult result = service.layout(request);

        LayoutAssertions.assertNoNodesOverlap(result);
        assertEquals(9, result.edgeRoutes().size());
        assertTrue(result.notes().isEmpty(), result.notes()::toString);
        assertTrue(result.nodeBounds().get("start").maxX() < result.nodeBounds().get("a").x(), "the source comes first");
        for (LayoutEdgeRoute route : result.edgeRoutes()) {
            assertTrue(onBorder(result.nodeBounds().get(route.from()), route.start()), route::toString);
            assertTrue(onBorder(result.nodeBounds().get(route.to()), route.end()), route::toString);
        }
        // A cycle cannot point forwards all the way round: at least one of its edges runs back
        // against the flow, from right to left.
        boolean someBackEdge = List.of(1, 2, 3).stream()
                .map(index -> result.edgeRoute(index).orElseThrow())
                .anyMatch(route -> route.end().x() < route.start().x());
        assertTrue(someBackEdge, result.edgeRoutes()::toString);
    }

    @Test
    void cycleThroughAGroupIsLaidOut() {
        LayoutRequest request = new LayoutRequest(
                List.of(node("a"), node("b"), node("c")),
                List.of(edge("a", "group"), edge("group", "c"), edge("c", "a"), edge("b", "c"), edge("c", "group")),
                List.of(LayoutGroup.of("group", "b")));

        LayoutResult result = service.layout(request);

        LayoutAssertions.assertGroupsContainExactlyTheirMembers(request, result);
        assertEquals(5, result.edgeRoutes().size());
    }

    @Test
    void edgesWithUnknownEndsAreLeftOutWithANote() {
        LayoutRequest request = new LayoutRequest(List.of(node("a"), node("b")),
                List.of(edge("a", "b"), edge("a", "ghost"), edge("phantom", "b"), edge("x", "y")), List.of());

        LayoutResult result = service.layout(request);

        assertEquals(1, result.edgeRoutes().size());
        assertEquals(0, result.edgeRoutes().get(0).edgeIndex());
        assertTrue(result.edgeRoute(1).isEmpty());
        assertEquals(List.of(
                "Edge #1 a -> ghost ignored: unknown target 'ghost'.",
                "Edge #2 phantom -> b ignored: unknown source 'phantom'.",
                "Edge #3 x -> y ignored: unknown source 'x' and target 'y'."), result.notes());
    }

    private static boolean onBorder(LayoutBounds bounds, LayoutPoint point) {
        double e = LayoutAssertions.EPSILON;
        boolean withinX = point.x() >= bounds.x() - e && point.x() <= bounds.maxX() + e;
        boolean withinY = point.y() >= bounds.y() - e && point.y() <= bounds.maxY() + e;
        boolean onVertical = Math.abs(point.x() - bounds.x()) < e || Math.abs(point.x() - bounds.maxX()) < e;
        boolean onHorizontal = Math.abs(point.y() - bounds.y()) < e || Math.abs(point.y() - bounds.maxY()) < e;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
