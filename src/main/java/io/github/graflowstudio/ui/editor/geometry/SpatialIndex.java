package io.github.graflowstudio.ui.editor.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A uniform-grid spatial index of rectangles keyed by id, for viewport culling and picking:
 * queries cost the number of grid cells they touch plus the items found, not the total count.
 * Not thread-safe: used on the FX thread (or built on a worker and handed over).
 *
 * @param <K> the key type (node ids, edge keys)
 */
public final class SpatialIndex<K> {
    private final double cellSize;
    private final Map<Long, List<K>> cells = new HashMap<>();
    private final Map<K, Rect> bounds = new HashMap<>();

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
        bounds.put(key, rect);
        forEachCell(rect, cell -> cells.computeIfAbsent(cell, c -> new ArrayList<>(4)).add(key));
    }

    /** Removes an item if present. */
    public void remove(K key) {
        Rect old = bounds.remove(key);
        if (old != null) {
            forEachCell(old, cell -> {
                List<K> list = cells.get(cell);
                if (list != null) {
                    list.remove(key);
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
    }

    /** The rectangle of an item, or {@code null}. */
    public Rect boundsOf(K key) {
        return bounds.get(key);
    }

    /** Number of items. */
    public int size() {
        return bounds.size();
    }

    /** Items whose rectangle intersects {@code area}, each once, in no particular order. */
    public Set<K> query(Rect area) {
        Set<K> found = new LinkedHashSet<>();
        forEachCell(area, cell -> {
            List<K> list = cells.get(cell);
            if (list != null) {
                for (K key : list) {
                    if (bounds.get(key).intersects(area)) {
                        found.add(key);
                    }
                }
            }
        });
        return found;
    }

    /** Items whose rectangle contains the point. */
    public List<K> at(Point point) {
        List<K> found = new ArrayList<>();
        List<K> list = cells.get(cellKey(cellOf(point.x()), cellOf(point.y())));
        if (list != null) {
            for (K key : list) {
                if (bounds.get(key).contains(point)) {
                    found.add(key);
                }
            }
        }
        return found;
    }

    /** The union of all rectangles, or {@link Rect#EMPTY}. */
    public Rect extent() {
        Rect extent = null;
        for (Rect rect : bounds.values()) {
            extent = extent == null ? rect : extent.union(rect);
        }
        return extent == null ? Rect.EMPTY : extent;
    }

    private void forEachCell(Rect rect, java.util.function.LongConsumer action) {
        long minX = cellOf(rect.x());
        long maxX = cellOf(rect.maxX());
        long minY = cellOf(rect.y());
        long maxY = cellOf(rect.maxY());
        if ((maxX - minX + 1) * (maxY - minY + 1) > 4_000_000L) {
            throw new IllegalArgumentException("area too large for the index: " + rect);
        }
        for (long cx = minX; cx <= maxX; cx++) {
            for (long cy = minY; cy <= maxY; cy++) {
                action.accept(cellKey(cx, cy));
            }
        }
    }

    private long cellOf(double coordinate) {
        return (long) Math.floor(coordinate / cellSize);
    }

    private static long cellKey(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
