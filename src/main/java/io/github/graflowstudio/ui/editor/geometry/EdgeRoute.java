package io.github.graflowstudio.ui.editor.geometry;

/**
 * An edge drawn as a cubic Bézier curve from a source's output port to a target's input port,
 * with horizontal tangents (left-to-right flow; back edges loop around). Immutable.
 *
 * @param start    the output port
 * @param control1 first control point
 * @param control2 second control point
 * @param end      the input port
 */
public record EdgeRoute(Point start, Point control1, Point control2, Point end) {
    private static final int SAMPLES = 24;

    /** The route between two ports. */
    public static EdgeRoute between(Point outputPort, Point inputPort) {
        double dx = inputPort.x() - outputPort.x();
        double reach = Math.max(40, Math.abs(dx) * 0.5);
        if (dx < 0) {
            reach = Math.max(80, Math.abs(inputPort.y() - outputPort.y()) * 0.3 + 80);
        }
        return new EdgeRoute(outputPort, outputPort.plus(reach, 0), inputPort.plus(-reach, 0), inputPort);
    }

    /** The point at parameter {@code t} in [0, 1]. */
    public Point pointAt(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point(a * start.x() + b * control1.x() + c * control2.x() + d * end.x(),
                a * start.y() + b * control1.y() + c * control2.y() + d * end.y());
    }

    /** A bounding box of the curve (the hull of its control points). */
    public Rect bounds() {
        double minX = Math.min(Math.min(start.x(), end.x()), Math.min(control1.x(), control2.x()));
        double maxX = Math.max(Math.max(start.x(), end.x()), Math.max(control1.x(), control2.x()));
        double minY = Math.min(Math.min(start.y(), end.y()), Math.min(control1.y(), control2.y()));
        double maxY = Math.max(Math.max(start.y(), end.y()), Math.max(control1.y(), control2.y()));
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The approximate distance from a point to the curve (polyline of samples). */
    public double distanceTo(Point point) {
        double best = Double.MAX_VALUE;
        Point previous = start;
        for (int i = 1; i <= SAMPLES; i++) {
            Point next = pointAt(i / (double) SAMPLES);
            best = Math.min(best, segmentDistance(point, previous, next));
            previous = next;
        }
        return best;
    }

    /** The midpoint, for labels and arrow heads. */
    public Point midpoint() {
        return pointAt(0.5);
    }

    private static double segmentDistance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return p.distanceTo(a);
        }
        double t = Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared));
        return p.distanceTo(new Point(a.x() + t * dx, a.y() + t * dy));
    }
}
