package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decimals writes what String.format(Locale.ROOT, "%.Nf") writes (seeded random values and edges). */
class DecimalsTest {
    @Test
    void matchesTheFormatterOnRandomAndEdgeValues() {
        double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.35, 1.45, 2.5, -2.5, 999.95, 0.049999, -0.04, 123456789.123,
                1e15, -1e16, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double value : edges) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), Decimals.fixed(value, decimals),
                        value + " with " + decimals);
            }
        }
        Random random = new Random(Long.getLong("decimals.seed", 20261128L));
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 1000;
                case 1 -> (random.nextDouble() - 0.5) * 1e7;
                case 2 -> random.nextInt(100_000) / 10.0;
                default -> random.nextInt(100_000) / 100.0 - 500;
            };
            int decimals = i % 3;
            assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), Decimals.fixed(value, decimals),
                    value + " with " + decimals);
        }
    }
}
