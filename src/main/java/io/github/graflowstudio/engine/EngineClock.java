package io.github.graflowstudio.engine;

/**
 * Time for the engine: queue timestamps and retry backoff sleeps. Given to the engine and the
 * context from outside so tests are deterministic ({@link #system()} in production).
 *
 * <p>Implementations must be thread-safe.
 */
public interface EngineClock {

    /** Now, in epoch seconds (fractional). */
    double epochSeconds();

    /** Monotonic nanoseconds for durations. */
    long nanoTime();

    /** Waits {@code millis} (retry backoff). */
    void sleep(long millis) throws InterruptedException;

    /** The system clock with real sleeps. */
    static EngineClock system() {
        return SystemClock.INSTANCE;
    }

    /** The system clock. */
    final class SystemClock implements EngineClock {
        static final SystemClock INSTANCE = new SystemClock();

        private SystemClock() {
        }

        @Override
        public double epochSeconds() {
            return System.currentTimeMillis() / 1000.0;
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }
    }
}
