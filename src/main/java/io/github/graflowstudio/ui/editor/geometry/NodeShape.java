package io.github.graflowstudio.ui.editor.geometry;

/**
 * Sizes and port positions of task nodes on the canvas. Node positions are their top-left
 * corner in world coordinates. Stateless and thread-safe.
 */
public final class NodeShape {
    /** Node width in world units. */
    public static final double WIDTH = 168;
    /** Node height in world units. */
    public static final double HEIGHT = 52;
    /** Port radius in world units. */
    public static final double PORT_RADIUS = 6;
    /** Breakpoint dot radius. */
    public static final double BREAKPOINT_RADIUS = 5;
    /** Padding of a group container around its members. */
    public static final double GROUP_PADDING = 18;
    /** Height of a group container's title bar. */
    public static final double GROUP_HEADER = 22;

    private NodeShape() {
    }

    /** The node's rectangle. */
    public static Rect bounds(double x, double y) {
        return new Rect(x, y, WIDTH, HEIGHT);
    }

    /** The output port (right middle). */
    public static Point outputPort(Rect node) {
        return new Point(node.maxX(), node.y() + node.height() / 2);
    }

    /** The input port (left middle). */
    public static Point inputPort(Rect node) {
        return new Point(node.x(), node.y() + node.height() / 2);
    }

    /** The breakpoint dot (top-left corner inside the node). */
    public static Point breakpointDot(Rect node) {
        return new Point(node.x() + 10, node.y() + 10);
    }

    /** Whether the point is on the node's output port (with a pick tolerance in world units). */
    public static boolean onOutputPort(Rect node, Point point, double tolerance) {
        return outputPort(node).distanceTo(point) <= PORT_RADIUS + tolerance;
    }

    /** Whether the point is on the breakpoint dot. */
    public static boolean onBreakpointDot(Rect node, Point point, double tolerance) {
        return breakpointDot(node).distanceTo(point) <= BREAKPOINT_RADIUS + tolerance;
    }

    /** A group container around its members' union. */
    public static Rect groupBounds(Rect membersUnion) {
        return new Rect(membersUnion.x() - GROUP_PADDING, membersUnion.y() - GROUP_PADDING - GROUP_HEADER,
                membersUnion.width() + 2 * GROUP_PADDING, membersUnion.height() + 2 * GROUP_PADDING + GROUP_HEADER);
    }
}
