package io.github.graflowstudio.document.layout;

/**
 * A point in world coordinates produced by the auto-layout. Immutable and thread-safe.
 *
 * @param x horizontal coordinate, growing to the right
 * @param y vertical coordinate, growing downwards
 */
public record LayoutPoint(double x, double y) {

    /** This point moved by the given offsets. */
    public LayoutPoint translate(double deltaX, double deltaY) {
        return new LayoutPoint(x + deltaX, y + deltaY);
    }
}
