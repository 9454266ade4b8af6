package io.github.graflowstudio.ui.editor.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniform-grid spatial index of rectangles keyed by id, for viewport culling and picking:
 * queries cost the number of grid cells they touch plus the items found, not the total count.
 * Not thread-safe: used on the FX thread (or built on a worker and handed over).
 *
 * @param <K> the key type (node ids, edge keys)
 */
public final class SpatialIndex<K> {
    private final double cellSize;
    private final Map<Long, List<Entry<K>>> cells = new HashMap<>();
    private final Map<K, Rect> bounds = new HashMap<>();
    /** The union of all rectangles; {@code null} when it must be computed again (after a removal). */
    private Rect extent = Rect.EMPTY;

    /** An item as stored in each cell it covers, with its rectangle at hand for queries. */
    private record Entry<K>(K key, Rect rect) {
    }

    /** An index with the given cell size in world units. */
    public SpatialIndex(double cellSize) {
        if (cellSize <= 0) {
            throw new IllegalArgumentException("cell size must be positive");
        }
        this.cellSize = cellSize;
    }

    /** Adds or moves an item. */
    public void put(K key, Rect rect) {
        remove(key);
        if (extent != null) {
            extent = bounds.isEmpty() ? rect : extent.union(rect);
        }
        bounds.put(key, rect);
        Entry<K> entry = new Entry<>(key, rect);
        forEachCell(rect, cell -> cells.computeIfAbsent(cell, c -> new ArrayList<>(4)).add(entry));
    }

    /** Removes an item if present. */
    public void remove(K key) {
        Rect old = bounds.remove(key);
        if (old != null) {
            extent = bounds.isEmpty() ? Rect.EMPTY : null;
            forEachCell(old, cell -> {
                List<Entry<K>> list = cells.get(cell);
                if (list != null) {
                    list.removeIf(entry -> entry.key().equals(key));
                    if (list.isEmpty()) {
                        cells.remove(cell);
                    }
                }
            });
        }
    }

    /** Removes everything. */
    public void clear() {
        cells.clear();
        bounds.clear();
        extent = Rect.EMPTY;
    }

    /** The rectangle of an item, or {@code null}. */
    public Rect boundsOf(K key) {
        return bounds.get(key);
    }

    /** Number of items. */
    public int size() {
        return bounds.size();
    }

    /**
     * Items whose rectangle intersects {@code area}, each once, in no particular order. An item
     * covering several cells is reported only from the first cell (lowest x, then lowest y) that
     * both it and the area cover, so no set is needed to drop repeats: the renderer asks this for
     * thousands of items every frame.
     */
    public List<K> query(Rect area) {
        long minX = cellOf(area.x());
        long maxX = cellOf(area.maxX());
        long minY = cellOf(area.y());
        long maxY = cellOf(area.maxY());
        checkCellCount(minX, maxX, minY, maxY, area);
        List<K> found = new ArrayList<>();
        for (long cx = minX; cx <= maxX; cx++) {
            for (long cy = minY; cy <= maxY; cy++) {
                List<Entry<K>> list = cells.get(cellKey(cx, cy));
                if (list == null) {
                    continue;
                }
                for (Entry<K> entry : list) {
                    Rect rect = entry.rect();
                    if (rect.intersects(area) && Math.max(cellOf(rect.x()), minX) == cx
                            && Math.max(cellOf(rect.y()), minY) == cy) {
                        found.add(entry.key());
                    }
                }
            }
        }
        return found;
    }

    /** Items whose rectangle contains the point. */
    public List<K> at(Point point) {
        List<K> found = new ArrayList<>();
        List<Entry<K>> list = cells.get(cellKey(cellOf(point.x()), cellOf(point.y())));
        if (list != null) {
            for (Entry<K> entry : list) {
                if (entry.rect().contains(point)) {
                    found.add(entry.key());
                }
            }
        }
        return found;
    }

    /**
     * The union of all rectangles, or {@link Rect#EMPTY}: kept as items are added, computed again
     * (once) after an item was removed or moved.
     */
    public Rect extent() {
        if (extent == null) {
            Rect union = null;
            for (Rect rect : bounds.values()) {
                union = union == null ? rect : union.union(rect);
            }
            extent = union == null ? Rect.EMPTY : union;
        }
        return extent;
    }

    private void forEachCell(Rect rect, java.util.function.LongConsumer action) {
        long minX = cellOf(rect.x());
        long maxX = cellOf(rect.maxX());
        long minY = cellOf(rect.y());
        long maxY = cellOf(rect.maxY());
        checkCellCount(minX, maxX, minY, maxY, rect);
        for (long cx = minX; cx <= maxX; cx++) {
            for (long cy = minY; cy <= maxY; cy++) {
                action.accept(cellKey(cx, cy));
            }
        }
    }

    private static void checkCellCount(long minX, long maxX, long minY, long maxY, Rect rect) {
        if ((maxX - minX + 1) * (maxY - minY + 1) > 4_000_000L) {
            throw new IllegalArgumentException("area too large for the index: " + rect);
        }
    }

    private long cellOf(double coordinate) {
        return (long) Math.floor(coordinate / cellSize);
    }

    /**
     * A unique key per cell. The packed coordinates are multiplied by an odd constant (a bijection,
     * so keys stay unique) because {@code Long.hashCode} of the packed value alone is {@code cx ^ cy}:
     * every cell on a diagonal collided, and a large graph's cells piled up in a few hash bins.
     */
    private static long cellKey(long cx, long cy) {
        return ((cx << 32) ^ (cy & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}
