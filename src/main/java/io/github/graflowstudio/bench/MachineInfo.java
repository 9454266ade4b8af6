package io.github.graflowstudio.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the figures were measured on: cores, load average, Java version, heap limit. Timings on a
 * shared machine are only comparable under similar load, so reports print this beside them.
 * Stateless and thread-safe.
 */
public final class MachineInfo {
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    private MachineInfo() {
    }

    /** The 1, 5 and 15 minute load averages (Linux), else the 1 minute one, else {@code unknown}. */
    public static String loadAverage() {
        try {
            if (Files.isReadable(LOAD_AVERAGE)) {
                String[] fields = Files.readString(LOAD_AVERAGE, StandardCharsets.US_ASCII).trim().split("\\s+");
                if (fields.length >= 3) {
                    return fields[0] + " " + fields[1] + " " + fields[2];
                }
            }
        } catch (IOException ignored) {
            // fall back to the MXBean
        }
        double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return average < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", average);
    }

    /** One line: cores, load average, Java, heap limit. */
    public static String describe() {
        return String.format(Locale.ROOT, "%d cores, load average %s, Java %s (%s), max heap %d MB",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
