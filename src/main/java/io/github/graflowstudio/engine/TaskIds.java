package io.github.graflowstudio.engine;

import java.util.regex.Pattern;

/** Helpers for task ids: validation and Graflow's iteration-suffix rule. Stateless and thread-safe. */
public final class TaskIds {
    private static final Pattern ITERATION_SUFFIX = Pattern.compile("(_cycle_\\d+_[0-9a-f]+)+$");

    private TaskIds() {
    }

    /**
     * Checks that an id is usable: not null and not blank.
     *
     * @param id the id
     * @return the id unchanged
     */
    public static String requireValid(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A task id must not be null or blank, was "
                    + (id == null ? "null" : "'" + id + "'"));
        }
        return id;
    }

    /**
     * The base id: the id without Graflow's iteration suffix {@code (_cycle_\d+_[0-9a-f]+)+$}.
     * Cycle counts are kept under base ids.
     */
    public static String baseId(String id) {
        if (id.indexOf("_cycle_") < 0) {
            return id;
        }
        return ITERATION_SUFFIX.matcher(id).replaceFirst("");
    }

    /** Whether the id carries an iteration suffix. */
    public static boolean isIterationId(String id) {
        return id.indexOf("_cycle_") >= 0 && ITERATION_SUFFIX.matcher(id).find();
    }
}
