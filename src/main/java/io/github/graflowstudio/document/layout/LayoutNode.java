package io.github.graflowstudio.document.layout;

import java.util.Objects;

/**
 * A node to be placed by the auto-layout: its size and its current top-left position. The
 * current position does not pin the node; it only decides the order in which nodes are handed to
 * the layout algorithm, so that the layout tends to keep the user's existing order. Immutable and
 * thread-safe.
 *
 * @param id     the node's id, unique among nodes and groups of a request
 * @param width  width, finite and &gt;= 0
 * @param height height, finite and &gt;= 0
 * @param x      current left edge, finite
 * @param y      current top edge, finite
 */
public record LayoutNode(String id, double width, double height, double x, double y) {

    /** Checks the arguments. */
    public LayoutNode {
        Objects.requireNonNull(id, "id");
        requireSize(width, "width");
        requireSize(height, "height");
        requireFinite(x, "x");
        requireFinite(y, "y");
    }

    /** A node of the given size at the origin (no current position). */
    public static LayoutNode ofSize(String id, double width, double height) {
        return new LayoutNode(id, width, height, 0, 0);
    }

    private static void requireSize(double value, String name) {
        requireFinite(value, name);
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0: " + value);
        }
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
    }
}
