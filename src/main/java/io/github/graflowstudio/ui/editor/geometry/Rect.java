package io.github.graflowstudio.ui.editor.geometry;

/**
 * An axis-aligned rectangle (x, y is the top-left corner). Immutable.
 *
 * @param x      left
 * @param y      top
 * @param width  width, &gt;= 0
 * @param height height, &gt;= 0
 */
public record Rect(double x, double y, double width, double height) {

    /** The empty rectangle at the origin. */
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    /** The rectangle spanned by two corners in any order. */
    public static Rect spanning(Point a, Point b) {
        return new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    /** Right edge. */
    public double maxX() {
        return x + width;
    }

    /** Bottom edge. */
    public double maxY() {
        return y + height;
    }

    /** Centre point. */
    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** Whether the point lies inside (edges included). */
    public boolean contains(Point point) {
        return point.x() >= x && point.x() <= maxX() && point.y() >= y && point.y() <= maxY();
    }

    /** Whether the other rectangle lies completely inside this one. */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** Whether the rectangles overlap (touching counts). */
    public boolean intersects(Rect other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    /** The smallest rectangle containing both. */
    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** This rectangle grown by {@code margin} on every side. */
    public Rect inflate(double margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
