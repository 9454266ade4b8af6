package io.github.graflowstudio.ui.editor;

import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A node's pixels as the renderer paints them, for comparing frames (FX thread). */
final class NodePixels {
    private NodePixels() {
    }

    /** A snapshot of {@code node} as ARGB values, row by row. */
    static int[] of(Node node) {
        WritableImage image = node.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }
}
