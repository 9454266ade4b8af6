package io.github.graflowstudio.document.export;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Hands out names that were not handed out before and are not reserved: a taken candidate
 * {@code x} becomes {@code x_2}, {@code x_3}, ... The outcome depends only on the order of the
 * calls, so exports stay deterministic.
 *
 * <p>Not thread-safe: use one instance per export.
 */
final class UniqueNames {
    private final Set<String> used;

    /** A pool where the {@code reserved} names are never handed out. */
    UniqueNames(Collection<String> reserved) {
        this.used = new HashSet<>(reserved);
    }

    /** {@code candidate} if it is free, else the first free {@code candidate_n} with n = 2, 3, ... */
    String claim(String candidate) {
        String name = candidate;
        int suffix = 2;
        while (!used.add(name)) {
            name = candidate + "_" + suffix;
            suffix++;
        }
        return name;
    }
}
