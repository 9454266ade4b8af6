package io.github.graflowstudio.ui.editor.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeometryTest {
    private static final double EPSILON = 1e-9;

    @Test
    void rectanglesConvertBothWaysAndScreenRectanglesCoverWholePixelsInsideTheView() {
        Viewport view = new Viewport(-30.5, 12.25, 0.7, 800, 600);
        Rect world = view.toWorld(new Rect(0, 0, 800, 600));
        assertEquals(view.visibleWorld().x(), world.x(), EPSILON);
        assertEquals(view.visibleWorld().maxY(), world.maxY(), EPSILON);

        Rect node = new Rect(100.3, 50.6, 168, 52);
        Rect pixels = view.toScreenPixels(node);
        Point topLeft = view.toScreen(new Point(node.x(), node.y()));
        Point bottomRight = view.toScreen(new Point(node.maxX(), node.maxY()));
        assertEquals(Math.floor(topLeft.x()), pixels.x(), EPSILON);
        assertEquals(Math.floor(topLeft.y()), pixels.y(), EPSILON);
        assertEquals(Math.ceil(bottomRight.x()), pixels.maxX(), EPSILON);
        assertEquals(Math.ceil(bottomRight.y()), pixels.maxY(), EPSILON);

        Rect outside = view.toScreenPixels(new Rect(-500, -500, 2000, 2000));
        assertEquals(new Rect(0, 0, 800, 600), outside, "cut to the view");
    }

    @Test
    void screenAndWorldAreInverse() {
        Viewport view = new Viewport(120, -40, 1.7, 800, 600);
        Point world = new Point(333.3, 77.7);
        Point back = view.toWorld(view.toScreen(world));
        assertEquals(world.x(), back.x(), EPSILON);
        assertEquals(world.y(), back.y(), EPSILON);
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        Viewport view = new Viewport(10, 20, 1, 800, 600);
        Point pointer = new Point(250, 410);
        Point before = view.toWorld(pointer);
        Viewport zoomed = view.zoomAround(pointer, 1.25).zoomAround(pointer, 1.25);
        Point after = zoomed.toWorld(pointer);
        assertEquals(before.x(), after.x(), 1e-6);
        assertEquals(before.y(), after.y(), 1e-6);
        assertEquals(1.5625, zoomed.scale(), EPSILON);
    }

    @Test
    void zoomIsClamped() {
        Viewport view = Viewport.initial(800, 600);
        assertEquals(Viewport.MAX_SCALE, view.zoomAround(new Point(0, 0), 1000).scale(), EPSILON);
        assertEquals(Viewport.MIN_SCALE, view.zoomAround(new Point(0, 0), 0.00001).scale(), EPSILON);
    }

    @Test
    void panMovesContentWithThePointer() {
        Viewport view = new Viewport(0, 0, 2, 800, 600);
        Point world = new Point(100, 100);
        Point screenBefore = view.toScreen(world);
        Point screenAfter = view.panByScreen(30, -10).toScreen(world);
        assertEquals(screenBefore.x() + 30, screenAfter.x(), EPSILON);
        assertEquals(screenBefore.y() - 10, screenAfter.y(), EPSILON);
    }

    @Test
    void fitShowsEverythingAndNeverZoomsPastHundredPercent() {
        Viewport view = Viewport.initial(800, 600);
        Rect world = new Rect(-500, 200, 4000, 1000);
        Viewport fitted = view.fit(world, 20);
        assertTrue(fitted.visibleWorld().contains(world), fitted.visibleWorld().toString());
        Viewport small = view.fit(new Rect(0, 0, 100, 50), 20);
        assertEquals(1.0, small.scale(), EPSILON);
        assertTrue(small.visibleWorld().contains(new Rect(0, 0, 100, 50)));
    }

    @Test
    void spatialIndexQueryMatchesBruteForce() {
        Random random = new Random(42);
        SpatialIndex<Integer> index = new SpatialIndex<>(256);
        Rect[] rects = new Rect[2000];
        for (int i = 0; i < rects.length; i++) {
            rects[i] = new Rect(random.nextDouble() * 20000 - 5000, random.nextDouble() * 10000 - 2000,
                    20 + random.nextDouble() * 300, 20 + random.nextDouble() * 100);
            index.put(i, rects[i]);
        }
        for (int i = 0; i < 500; i += 3) {
            index.put(i, rects[i] = new Rect(rects[i].x() + 700, rects[i].y() - 300, rects[i].width(), rects[i].height()));
        }
        for (int i = 1; i < 500; i += 7) {
            index.remove(i);
            rects[i] = null;
        }
        for (int q = 0; q < 200; q++) {
            Rect area = new Rect(random.nextDouble() * 20000 - 6000, random.nextDouble() * 10000 - 3000,
                    random.nextDouble() * 3000, random.nextDouble() * 2000);
            Set<Integer> expected = new HashSet<>();
            for (int i = 0; i < rects.length; i++) {
                if (rects[i] != null && rects[i].intersects(area)) {
                    expected.add(i);
                }
            }
            java.util.List<Integer> found = index.query(area);
            assertEquals(expected, new HashSet<>(found));
            assertEquals(expected.size(), found.size(), "each item once");
        }
    }

    @Test
    void pointPickFindsOnlyContainingItems() {
        SpatialIndex<String> index = new SpatialIndex<>(100);
        index.put("a", NodeShape.bounds(0, 0));
        index.put("b", NodeShape.bounds(500, 0));
        assertEquals(java.util.List.of("a"), index.at(new Point(10, 10)));
        assertTrue(index.at(new Point(300, 10)).isEmpty());
        assertEquals(new Rect(0, 0, 500 + NodeShape.WIDTH, NodeShape.HEIGHT), index.extent());
    }

    @Test
    void extentFollowsAddsMovesAndRemovals() {
        Random random = new Random(7);
        SpatialIndex<Integer> index = new SpatialIndex<>(250);
        Rect[] rects = new Rect[40];
        for (int step = 0; step < 2_000; step++) {
            int key = random.nextInt(rects.length);
            if (random.nextInt(3) == 0) {
                index.remove(key);
                rects[key] = null;
            } else {
                rects[key] = new Rect(random.nextDouble() * 4000 - 2000, random.nextDouble() * 3000 - 1000,
                        1 + random.nextDouble() * 300, 1 + random.nextDouble() * 200);
                index.put(key, rects[key]);
            }
            if (random.nextInt(4) == 0) {
                Rect expected = null;
                for (Rect rect : rects) {
                    expected = rect == null ? expected : expected == null ? rect : expected.union(rect);
                }
                assertEquals(expected == null ? Rect.EMPTY : expected, index.extent(), "after step " + step);
            }
        }
        index.clear();
        assertEquals(Rect.EMPTY, index.extent());
        Rect only = new Rect(5, 5, 10, 10);
        index.put(1, only);
        index.put(1, new Rect(100, 100, 1, 1)); // moving the only item
        assertEquals(new Rect(100, 100, 1, 1), index.extent());
        index.remove(1);
        assertEquals(Rect.EMPTY, index.extent(), "the last item removed");
        index.put(2, only);
        assertEquals(only, index.extent());
    }

    @Test
    void edgeRouteStartsAndEndsAtPortsAndHitsNearTheCurve() {
        Rect source = NodeShape.bounds(0, 0);
        Rect target = NodeShape.bounds(400, 200);
        EdgeRoute route = EdgeRoute.between(NodeShape.outputPort(source), NodeShape.inputPort(target));
        assertEquals(NodeShape.outputPort(source), route.pointAt(0));
        assertEquals(NodeShape.inputPort(target).x(), route.pointAt(1).x(), EPSILON);
        assertTrue(route.distanceTo(route.midpoint()) < 1);
        assertTrue(route.distanceTo(new Point(0, 400)) > 100);
        assertTrue(route.bounds().contains(route.midpoint()));
    }

    @Test
    void backEdgeLoopsAroundInsteadOfCuttingThrough() {
        Rect source = NodeShape.bounds(400, 0);
        Rect target = NodeShape.bounds(0, 0);
        EdgeRoute route = EdgeRoute.between(NodeShape.outputPort(source), NodeShape.inputPort(target));
        assertTrue(route.control1().x() > NodeShape.outputPort(source).x());
        assertTrue(route.control2().x() < NodeShape.inputPort(target).x());
    }

    @Test
    void portsAndDotsAreHitWithTolerance() {
        Rect node = NodeShape.bounds(100, 100);
        assertTrue(NodeShape.onOutputPort(node, new Point(node.maxX() + 3, node.center().y()), 2));
        assertFalse(NodeShape.onOutputPort(node, node.center(), 2));
        assertTrue(NodeShape.onBreakpointDot(node, NodeShape.breakpointDot(node), 0));
        Rect group = NodeShape.groupBounds(node);
        assertTrue(group.contains(node));
    }
}
