package io.github.graflowstudio.ui.editor.geometry;

/**
 * A point in world or screen coordinates. Immutable.
 *
 * @param x horizontal coordinate
 * @param y vertical coordinate
 */
public record Point(double x, double y) {
    /** The distance to another point. */
    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    /** This point moved by (dx, dy). */
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
