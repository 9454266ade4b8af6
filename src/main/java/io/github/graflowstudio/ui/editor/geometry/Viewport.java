package io.github.graflowstudio.ui.editor.geometry;

/**
 * The canvas view transform: {@code screen = (world - origin) * scale}. Immutable: every change
 * returns a new viewport, so the view model can expose it as one property.
 *
 * @param originX world x shown at the screen's left edge
 * @param originY world y shown at the screen's top edge
 * @param scale   zoom factor (1 = 100 %)
 * @param width   screen width in pixels
 * @param height  screen height in pixels
 */
public record Viewport(double originX, double originY, double scale, double width, double height) {
    /** Smallest zoom. */
    public static final double MIN_SCALE = 0.05;
    /** Largest zoom. */
    public static final double MAX_SCALE = 4.0;

    /** Clamps the scale. */
    public Viewport {
        scale = clampScale(scale);
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    /** A 100 % viewport at the origin. */
    public static Viewport initial(double width, double height) {
        return new Viewport(0, 0, 1, width, height);
    }

    /** World to screen. */
    public Point toScreen(Point world) {
        return new Point((world.x() - originX) * scale, (world.y() - originY) * scale);
    }

    /** Screen to world. */
    public Point toWorld(Point screen) {
        return new Point(screen.x() / scale + originX, screen.y() / scale + originY);
    }

    /** The world rectangle currently visible. */
    public Rect visibleWorld() {
        return toWorld(new Rect(0, 0, width, height));
    }

    /** Screen to world, for a rectangle. */
    public Rect toWorld(Rect screen) {
        return new Rect(originX + screen.x() / scale, originY + screen.y() / scale, screen.width() / scale,
                screen.height() / scale);
    }

    /** World to screen, for a rectangle grown to whole pixels and cut to the screen. */
    public Rect toScreenPixels(Rect world) {
        double left = Math.max(0, Math.floor((world.x() - originX) * scale));
        double top = Math.max(0, Math.floor((world.y() - originY) * scale));
        double right = Math.min(Math.ceil(width), Math.ceil((world.maxX() - originX) * scale));
        double bottom = Math.min(Math.ceil(height), Math.ceil((world.maxY() - originY) * scale));
        return new Rect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /** The same view on a screen of another size. */
    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(originX, originY, scale, newWidth, newHeight);
    }

    /** Pans by a screen-pixel delta (content follows the pointer). */
    public Viewport panByScreen(double dx, double dy) {
        return new Viewport(originX - dx / scale, originY - dy / scale, scale, width, height);
    }

    /** Zooms by {@code factor} keeping the world point under {@code screenAnchor} fixed. */
    public Viewport zoomAround(Point screenAnchor, double factor) {
        Point world = toWorld(screenAnchor);
        double newScale = clampScale(scale * factor);
        return new Viewport(world.x() - screenAnchor.x() / newScale, world.y() - screenAnchor.y() / newScale,
                newScale, width, height);
    }

    /** A view at {@code newScale} keeping the screen centre fixed. */
    public Viewport withScale(double newScale) {
        return zoomAround(new Point(width / 2, height / 2), newScale / scale);
    }

    /** Centres the world point on screen at the current scale. */
    public Viewport centerOn(Point world) {
        return new Viewport(world.x() - width / scale / 2, world.y() - height / scale / 2, scale, width, height);
    }

    /**
     * Fits {@code world} into the screen with a margin in pixels, never zooming in beyond 100 %.
     * An empty world keeps the scale and centres on it.
     */
    public Viewport fit(Rect world, double margin) {
        if (world.width() <= 0 && world.height() <= 0) {
            return new Viewport(originX, originY, 1, width, height).centerOn(world.center());
        }
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        double fitScale = Math.min(1.0, Math.min(usableWidth / Math.max(1, world.width()),
                usableHeight / Math.max(1, world.height())));
        return new Viewport(0, 0, fitScale, width, height).centerOn(world.center());
    }

    private static double clampScale(double value) {
        if (Double.isNaN(value)) {
            return 1;
        }
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
