package io.github.graflowstudio.ui.runner;

import java.util.Locale;

/**
 * Numbers with a fixed count of decimals, written the way {@code String.format(Locale.ROOT,
 * "%.Nf", value)} writes them (half up, a point), without a {@link java.util.Formatter}: the
 * timeline formats two numbers per visible row on every refresh of a growing table, and a
 * formatter builds its decimal symbols anew on every call. Thread-safe (stateless).
 */
final class Decimals {
    private static final long[] POWERS = {1, 10, 100, 1_000};

    private Decimals() {
    }

    /** {@code value} with {@code decimals} (0 to 3) digits after the point. */
    static String fixed(double value, int decimals) {
        if (decimals < 0 || decimals >= POWERS.length) {
            throw new IllegalArgumentException("0 to 3 decimals, not " + decimals);
        }
        double scaled = Math.abs(value) * POWERS[decimals];
        if (Double.isNaN(value) || Double.isInfinite(value) || scaled >= 1e15) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        long units = Math.round(scaled);
        if (Math.abs(units - scaled) == 0.5 || Math.abs(Math.abs(units - scaled) - 0.5) < 1e-9) {
            // a tie in binary is rarely a tie in decimal: let the formatter decide exactly
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        StringBuilder text = new StringBuilder(24);
        if (Double.doubleToRawLongBits(value) < 0) { // the sign, of -0.0 and of what rounds to 0 too
            text.append('-');
        }
        text.append(units / POWERS[decimals]);
        if (decimals > 0) {
            String fraction = Long.toString(units % POWERS[decimals]);
            text.append('.');
            for (int i = fraction.length(); i < decimals; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text.toString();
    }
}
