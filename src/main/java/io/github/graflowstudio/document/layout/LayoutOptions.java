package io.github.graflowstudio.document.layout;

import java.util.Objects;

/**
 * Direction and spacing of an auto-layout. Distances are in world units (pixels at zoom 1).
 * Start from {@link #defaults()} and change single values with the {@code with...} methods.
 * Immutable and thread-safe.
 *
 * @param direction         where edges point (layers are perpendicular to it)
 * @param nodeSpacing       gap between neighbouring nodes of one layer, &gt;= 0
 * @param layerSpacing      gap between neighbouring layers, &gt;= 0
 * @param edgeSpacing       gap between parallel edge segments, and between edges and nodes, &gt;= 0
 * @param groupPadding      gap between a group's border and its members, &gt;= 0
 * @param groupHeaderHeight extra space above a group's members for its title, &gt;= 0
 * @param margin            where the result starts: the laid out drawing's top-left corner is at
 *                          ({@code margin}, {@code margin}), &gt;= 0
 * @param thoroughness      how hard the layered algorithm tries to reduce crossings, 1 (fast) or
 *                          more; higher values cost time on large graphs
 */
public record LayoutOptions(LayoutDirection direction, double nodeSpacing, double layerSpacing, double edgeSpacing,
                            double groupPadding, double groupHeaderHeight, double margin, int thoroughness) {

    private static final LayoutOptions DEFAULTS = new LayoutOptions(LayoutDirection.RIGHT, 40, 80, 15, 20, 28, 40, 7);

    /** Checks the arguments. */
    public LayoutOptions {
        Objects.requireNonNull(direction, "direction");
        requireDistance(nodeSpacing, "nodeSpacing");
        requireDistance(layerSpacing, "layerSpacing");
        requireDistance(edgeSpacing, "edgeSpacing");
        requireDistance(groupPadding, "groupPadding");
        requireDistance(groupHeaderHeight, "groupHeaderHeight");
        requireDistance(margin, "margin");
        if (thoroughness < 1) {
            throw new IllegalArgumentException("thoroughness must be >= 1: " + thoroughness);
        }
    }

    /**
     * Left to right, 40 between nodes of a layer, 80 between layers, 15 around edges, groups padded
     * by 20 with a 28 high header, drawing starting at (40, 40), thoroughness 7.
     */
    public static LayoutOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with another direction. */
    public LayoutOptions withDirection(LayoutDirection newDirection) {
        return new LayoutOptions(newDirection, nodeSpacing, layerSpacing, edgeSpacing, groupPadding, groupHeaderHeight,
                margin, thoroughness);
    }

    /** A copy with other gaps between nodes of a layer and between layers. */
    public LayoutOptions withSpacing(double newNodeSpacing, double newLayerSpacing) {
        return new LayoutOptions(direction, newNodeSpacing, newLayerSpacing, edgeSpacing, groupPadding, groupHeaderHeight,
                margin, thoroughness);
    }

    /** A copy with another gap around edges. */
    public LayoutOptions withEdgeSpacing(double newEdgeSpacing) {
        return new LayoutOptions(direction, nodeSpacing, layerSpacing, newEdgeSpacing, groupPadding, groupHeaderHeight,
                margin, thoroughness);
    }

    /** A copy with another group padding and header height. */
    public LayoutOptions withGroupPadding(double newGroupPadding, double newGroupHeaderHeight) {
        return new LayoutOptions(direction, nodeSpacing, layerSpacing, edgeSpacing, newGroupPadding, newGroupHeaderHeight,
                margin, thoroughness);
    }

    /** A copy with another margin (top-left corner of the result). */
    public LayoutOptions withMargin(double newMargin) {
        return new LayoutOptions(direction, nodeSpacing, layerSpacing, edgeSpacing, groupPadding, groupHeaderHeight,
                newMargin, thoroughness);
    }

    /** A copy with another thoroughness. */
    public LayoutOptions withThoroughness(int newThoroughness) {
        return new LayoutOptions(direction, nodeSpacing, layerSpacing, edgeSpacing, groupPadding, groupHeaderHeight,
                margin, newThoroughness);
    }

    private static void requireDistance(double value, String name) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
    }
}
