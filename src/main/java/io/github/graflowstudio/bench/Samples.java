package io.github.graflowstudio.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Repeated measurements of one quantity and their median, minimum and maximum. Not thread-safe:
 * filled by one benchmark thread.
 */
public final class Samples {
    private double[] values = new double[8];
    private int size;

    /** Adds one measurement. */
    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** The number of measurements. */
    public int size() {
        return size;
    }

    /** The median (the mean of the two middle values for an even count). */
    public double median() {
        double[] sorted = sorted();
        int middle = size / 2;
        return size % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The smallest measurement. */
    public double min() {
        return sorted()[0];
    }

    /** The largest measurement. */
    public double max() {
        return sorted()[size - 1];
    }

    /** {@code min}, {@code max} and {@code reps}, rounded for reports, plus {@code extra}. */
    public Map<String, Object> detail(Map<String, Object> extra) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("min", Figures.round(min()));
        detail.put("max", Figures.round(max()));
        detail.put("reps", size);
        detail.putAll(extra);
        return detail;
    }

    private double[] sorted() {
        if (size == 0) {
            throw new IllegalStateException("no measurements");
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted;
    }
}
