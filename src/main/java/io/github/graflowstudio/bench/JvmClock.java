package io.github.graflowstudio.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Time and garbage-collection readings around a measured run. Stateless and thread-safe.
 */
public final class JvmClock {
    private JvmClock() {
    }

    /**
     * Collects the previous repetition's garbage so that it is not charged to the next one (as the
     * Python scripts call {@code gc.collect()} before each repetition), and moves what a workload
     * just built (a graph) out of the young generation, so that the first collection during the
     * measured run does not copy it.
     */
    public static void settle() {
        System.gc();
    }

    /** Total collection time of all collectors so far, in milliseconds. */
    public static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
