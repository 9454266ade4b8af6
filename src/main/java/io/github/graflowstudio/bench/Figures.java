package io.github.graflowstudio.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounding and unit conversion for reported figures. Stateless and thread-safe. */
public final class Figures {
    private Figures() {
    }

    /** Nanoseconds to milliseconds. */
    public static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Nanoseconds to microseconds. */
    public static double micros(long nanos) {
        return nanos / 1e3;
    }

    /** Keeps four significant digits (enough for noisy timings, short in JSON). */
    public static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).doubleValue();
    }
}
