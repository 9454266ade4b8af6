package io.github.graflowstudio.bench;

/**
 * How a run is done. Immutable and thread-safe.
 *
 * @param quick small sizes and few repetitions: checks that every benchmark works (tests, CI),
 *              not figures to report
 */
public record BenchmarkSettings(boolean quick) {
    /** The full run. */
    public static final BenchmarkSettings FULL = new BenchmarkSettings(false);
    /** The quick run. */
    public static final BenchmarkSettings QUICK = new BenchmarkSettings(true);

    /** {@code full} normally, {@code quick} in a quick run. */
    public int pick(int full, int quick) {
        return this.quick ? quick : full;
    }

    /** {@code full} normally, {@code quick} in a quick run. */
    public int[] pick(int[] full, int[] quick) {
        return this.quick ? quick.clone() : full.clone();
    }
}
