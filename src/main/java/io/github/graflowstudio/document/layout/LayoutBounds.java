package io.github.graflowstudio.document.layout;

/**
 * An axis-aligned rectangle in world coordinates produced by the auto-layout ({@code x}, {@code y}
 * is the top-left corner). Immutable and thread-safe.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, &gt;= 0
 * @param height height, &gt;= 0
 */
public record LayoutBounds(double x, double y, double width, double height) {

    /** Right edge. */
    public double maxX() {
        return x + width;
    }

    /** Bottom edge. */
    public double maxY() {
        return y + height;
    }

    /** The top-left corner. */
    public LayoutPoint topLeft() {
        return new LayoutPoint(x, y);
    }

    /** Whether the other rectangle lies completely inside this one (touching borders allowed). */
    public boolean contains(LayoutBounds other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** Whether the rectangles share interior area (merely touching borders does not count). */
    public boolean overlaps(LayoutBounds other) {
        return other.x < maxX() && x < other.maxX() && other.y < maxY() && y < other.maxY();
    }

    /** The smallest rectangle containing both. */
    public LayoutBounds union(LayoutBounds other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new LayoutBounds(minX, minY, Math.max(maxX(), other.maxX()) - minX,
                Math.max(maxY(), other.maxY()) - minY);
    }

    /** This rectangle moved by the given offsets. */
    public LayoutBounds translate(double deltaX, double deltaY) {
        return new LayoutBounds(x + deltaX, y + deltaY, width, height);
    }
}
