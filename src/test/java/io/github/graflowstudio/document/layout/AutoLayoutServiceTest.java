package io.github.graflowstudio.document.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Basic geometry of the layered auto-layout: layers, directions, margin, edge routes. */
class AutoLayoutServiceTest {
    private final AutoLayoutService service = new AutoLayoutService();

    static LayoutNode node(String id) {
        return LayoutNode.ofSize(id, 120, 60);
    }

    static LayoutEdge edge(String from, String to) {
        return new LayoutEdge(from, to);
    }

    private static LayoutRequest chain(int length) {
        List<LayoutNode> nodes = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            nodes.add(node("n" + i));
            if (i > 0) {
                edges.add(edge("n" + (i - 1), "n" + i));
            }
        }
        return new LayoutRequest(nodes, edges, List.of());
    }

    private static LayoutRequest diamond() {
        return new LayoutRequest(List.of(node("top"), node("left"), node("right"), node("bottom")),
                List.of(edge("top", "left"), edge("top", "right"), edge("left", "bottom"), edge("right", "bottom")),
                List.of());
    }

    @Test
    void chainLaidOutLeftToRightHasStrictlyIncreasingX() {
        LayoutResult result = service.layout(chain(8));

        for (int i = 1; i < 8; i++) {
            LayoutBounds previous = result.nodeBounds().get("n" + (i - 1));
            LayoutBounds current = result.nodeBounds().get("n" + i);
            assertTrue(current.x() > previous.maxX(), "n" + i + " should lie right of n" + (i - 1));
        }
        assertTrue(result.notes().isEmpty(), result.notes()::toString);
    }

    @Test
    void chainLaidOutDownwardsHasStrictlyIncreasingY() {
        LayoutResult result = service.layout(chain(5).withOptions(LayoutOptions.defaults().withDirection(LayoutDirection.DOWN)));

        for (int i = 1; i < 5; i++) {
            assertTrue(result.nodeBounds().get("n" + i).y() > result.nodeBounds().get("n" + (i - 1)).maxY());
        }
    }

    @Test
    void chainLaidOutRightToLeftHasStrictlyDecreasingX() {
        LayoutResult result = service.layout(chain(5).withOptions(LayoutOptions.defaults().withDirection(LayoutDirection.LEFT)));

        for (int i = 1; i < 5; i++) {
            assertTrue(result.nodeBounds().get("n" + i).maxX() < result.nodeBounds().get("n" + (i - 1)).x());
        }
    }

    @Test
    void diamondPutsTheMiddleNodesInOneLayerAtDifferentHeights() {
        LayoutResult result = service.layout(diamond());

        LayoutBounds left = result.nodeBounds().get("left");
        LayoutBounds right = result.nodeBounds().get("right");
        assertEquals(left.x(), right.x(), LayoutAssertions.EPSILON);
        assertNotEquals(left.y(), right.y(), LayoutAssertions.EPSILON);
        assertTrue(Math.abs(left.y() - right.y()) >= left.height(), "middle nodes must not overlap");
        assertTrue(result.nodeBounds().get("top").maxX() < left.x());
        assertTrue(result.nodeBounds().get("bottom").x() > left.maxX());
    }

    @Test
    void layerSpacingIsRespected() {
        LayoutResult result = service.layout(chain(2).withOptions(LayoutOptions.defaults().withSpacing(40, 200)));

        double gap = result.nodeBounds().get("n1").x() - result.nodeBounds().get("n0").maxX();
        assertTrue(gap >= 200 - LayoutAssertions.EPSILON, "gap " + gap);
    }

    @Test
    void drawingStartsAtTheMargin() {
        LayoutResult result = service.layout(diamond().withOptions(LayoutOptions.defaults().withMargin(40)));

        assertEquals(40, result.drawingBounds().x(), LayoutAssertions.EPSILON);
        assertEquals(40, result.drawingBounds().y(), LayoutAssertions.EPSILON);
        double minX = result.nodeBounds().values().stream().mapToDouble(LayoutBounds::x).min().orElseThrow();
        double minY = result.nodeBounds().values().stream().mapToDouble(LayoutBounds::y).min().orElseThrow();
        assertEquals(40, minX, LayoutAssertions.EPSILON);
        assertEquals(40, minY, LayoutAssertions.EPSILON);
        for (LayoutBounds bounds : result.nodeBounds().values()) {
            assertTrue(result.drawingBounds().contains(bounds));
        }
    }

    @Test
    void nodesKeepTheirSizes() {
        LayoutRequest request = new LayoutRequest(List.of(LayoutNode.ofSize("wide", 300, 50), LayoutNode.ofSize("tall", 40, 200)),
                List.of(edge("wide", "tall")), List.of());

        LayoutResult result = service.layout(request);

        assertEquals(300, result.nodeBounds().get("wide").width());
        assertEquals(50, result.nodeBounds().get("wide").height());
        assertEquals(40, result.nodeBounds().get("tall").width());
        assertEquals(200, result.nodeBounds().get("tall").height());
    }

    @Test
    void edgeRoutesRunFromSourceBorderToTargetBorder() {
        LayoutResult result = service.layout(diamond());

        assertEquals(4, result.edgeRoutes().size());
        for (LayoutEdgeRoute route : result.edgeRoutes()) {
            LayoutBounds source = result.nodeBounds().get(route.from());
            LayoutBounds target = result.nodeBounds().get(route.to());
            assertEquals(source.maxX(), route.start().x(), LayoutAssertions.EPSILON, route::toString);
            assertEquals(target.x(), route.end().x(), LayoutAssertions.EPSILON, route::toString);
            assertTrue(route.start().y() >= source.y() && route.start().y() <= source.maxY(), route::toString);
            assertTrue(route.end().y() >= target.y() && route.end().y() <= target.maxY(), route::toString);
        }
        assertEquals("left", result.edgeRoute(2).orElseThrow().from());
    }

    @Test
    void emptyRequestGivesAnEmptyResultAtTheMargin() {
        LayoutResult result = service.layout(new LayoutRequest(List.of(), List.of(), List.of()));

        assertTrue(result.nodeBounds().isEmpty());
        assertEquals(new LayoutBounds(40, 40, 0, 0), result.drawingBounds());
    }

    @Test
    void singleNodeLandsAtTheMargin() {
        LayoutResult result = service.layout(new LayoutRequest(List.of(new LayoutNode("only", 100, 50, 700, 900)),
                List.of(), List.of()));

        assertEquals(new LayoutPoint(40, 40), result.nodePosition("only").orElseThrow());
    }

    @Test
    void warmUpRunsAndLeavesTheServiceUsable() {
        service.warmUp();

        assertEquals(8, service.layout(chain(8)).nodeBounds().size());
    }
}
