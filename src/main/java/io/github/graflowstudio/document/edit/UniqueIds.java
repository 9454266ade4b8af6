package io.github.graflowstudio.document.edit;

import java.util.Set;

/** Makes ids unique within a document: {@code base}, {@code base_2}, {@code base_3}, ... Stateless and thread-safe. */
public final class UniqueIds {
    private UniqueIds() {
    }

    /** {@code base} if free, else the first free {@code base_<n>} with n &gt;= 2. */
    public static String next(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.replaceFirst("_\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = stem + "_" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The first free {@code <kind>_<n>} with n &gt;= 1 (new nodes from the palette). */
    public static String forKind(String kind, Set<String> taken) {
        for (int n = 1; ; n++) {
            String candidate = kind + "_" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
