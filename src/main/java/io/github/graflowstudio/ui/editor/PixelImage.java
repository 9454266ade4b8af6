package io.github.graflowstudio.ui.editor;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * An image painted pixel by pixel: an {@code int} buffer (premultiplied ARGB) shared with a
 * {@link WritableImage} through a {@link PixelBuffer}, so nothing is converted or copied on the FX
 * thread. Filled rectangles and one-pixel lines, clipped to the image. Used where thousands of
 * shapes, each a pixel or two wide, would cost the FX thread and the renderer far more as drawing
 * commands: the overview of a big workflow and the minimap. {@link #fill} overwrites; {@link #blend} paints a translucent colour over what is
 * there, and {@link #mark} with {@link #blendMarked} paints a translucent layer of many shapes.
 * FX thread only.
 */
final class PixelImage {
    private int[] pixels = new int[0];
    /** Pixels {@link #mark marked} for the next {@link #blendMarked}. */
    private boolean[] marked = new boolean[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private int width;
    private int height;
    /** The pixels of the last {@link #span}: columns and rows from (inclusive) and to (exclusive). */
    private int spanX0;
    private int spanY0;
    private int spanX1;
    private int spanY1;

    /**
     * Makes the image this size (keeping the buffer when the size is unchanged) and clears it;
     * false when the size is empty.
     */
    boolean reset(int newWidth, int newHeight) {
        if (newWidth <= 0 || newHeight <= 0) {
            return false;
        }
        if (newWidth != width || newHeight != height || image == null) {
            width = newWidth;
            height = newHeight;
            pixels = new int[width * height];
            marked = new boolean[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            Arrays.fill(pixels, 0);
        }
        return true;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixel at (x, y), premultiplied ARGB (tests). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Hands the pixels painted since {@link #reset} to the image and returns it. */
    WritableImage image() {
        buffer.updateBuffer(changed -> null);
        return image;
    }

    /** The pixels a rectangle touches, at least one, clipped to the image, into the span fields. */
    private void span(double left, double top, double right, double bottom) {
        spanX0 = Math.max(0, (int) Math.floor(left));
        spanY0 = Math.max(0, (int) Math.floor(top));
        spanX1 = Math.min(width, Math.max((int) Math.floor(left) + 1, (int) Math.ceil(right)));
        spanY1 = Math.min(height, Math.max((int) Math.floor(top) + 1, (int) Math.ceil(bottom)));
    }

    /** Fills the pixels a rectangle touches, at least one, clipped to the image. */
    void fill(double left, double top, double right, double bottom, int color) {
        span(left, top, right, bottom);
        for (int y = spanY0; y < spanY1; y++) {
            Arrays.fill(pixels, y * width + spanX0, Math.max(y * width + spanX0, y * width + spanX1), color);
        }
    }

    /**
     * Paints {@code color} over the pixels a rectangle touches (at least one, clipped to the
     * image), blending it with what is there as a translucent colour on a canvas would.
     */
    void blend(double left, double top, double right, double bottom, int color) {
        span(left, top, right, bottom);
        for (int y = spanY0; y < spanY1; y++) {
            for (int x = spanX0; x < spanX1; x++) {
                pixels[y * width + x] = over(color, pixels[y * width + x]);
            }
        }
    }

    /**
     * Marks the pixels a rectangle touches (at least one, clipped to the image) for the next
     * {@link #blendMarked}: shapes of one translucent layer that overlap by a pixel (neighbours
     * rounded out to whole pixels) are painted once there, not darker.
     */
    void mark(double left, double top, double right, double bottom) {
        span(left, top, right, bottom);
        for (int y = spanY0; y < spanY1; y++) {
            Arrays.fill(marked, y * width + spanX0, Math.max(y * width + spanX0, y * width + spanX1), true);
        }
    }

    /**
     * Paints {@code color} over every marked pixel once, blending it with what is there, and
     * clears the marks.
     */
    void blendMarked(int color) {
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                pixels[i] = over(color, pixels[i]);
                marked[i] = false;
            }
        }
    }

    /** {@code source} over {@code target}, both premultiplied ARGB. */
    static int over(int source, int target) {
        int keep = 255 - (source >>> 24);
        int result = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int channel = ((source >>> shift) & 0xFF) + (((target >>> shift) & 0xFF) * keep + 127) / 255;
            result |= Math.min(255, channel) << shift;
        }
        return result;
    }

    /** A one-pixel line (Bresenham), clipped to the image first so a long line costs at most its visible part. */
    void line(double fromX, double fromY, double toX, double toY, int color) {
        double[] clipped = clip(fromX, fromY, toX, toY, width - 1, height - 1);
        if (clipped == null) {
            return;
        }
        int x = (int) Math.round(clipped[0]);
        int y = (int) Math.round(clipped[1]);
        int endX = (int) Math.round(clipped[2]);
        int endY = (int) Math.round(clipped[3]);
        int dx = Math.abs(endX - x);
        int dy = -Math.abs(endY - y);
        int stepX = x < endX ? 1 : -1;
        int stepY = y < endY ? 1 : -1;
        int error = dx + dy;
        while (true) {
            if (x >= 0 && x < width && y >= 0 && y < height) {
                pixels[y * width + x] = color;
            }
            if (x == endX && y == endY) {
                return;
            }
            int doubled = 2 * error;
            if (doubled >= dy) {
                error += dy;
                x += stepX;
            }
            if (doubled <= dx) {
                error += dx;
                y += stepY;
            }
        }
    }

    /** Liang–Barsky clipping of a segment to [0, maxX] × [0, maxY]; {@code null} if nothing is left. */
    static double[] clip(double x0, double y0, double x1, double y1, double maxX, double maxY) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, maxX - x0, y0, maxY - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        if (enter > leave) {
            return null;
        }
        return new double[] {x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy};
    }

    /**
     * A paint as premultiplied ARGB with an extra alpha; paints other than colours count as grey.
     */
    static int premultiplied(Paint paint, double alpha) {
        Color color = paint instanceof Color plain ? plain : Color.GRAY;
        double a = (int) Math.round(color.getOpacity() * 255) / 255.0 * alpha;
        int red = (int) Math.round((int) Math.round(color.getRed() * 255) * a);
        int green = (int) Math.round((int) Math.round(color.getGreen() * 255) * a);
        int blue = (int) Math.round((int) Math.round(color.getBlue() * 255) * a);
        return ((int) Math.round(a * 255) << 24) | (red << 16) | (green << 8) | blue;
    }
}
