package io.github.graflowstudio.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds node and group ids by text (the editor's Find). Stateless and thread-safe. */
public final class IdSearch {
    private IdSearch() {
    }

    /**
     * The ids that contain {@code text}, ignoring case: exact matches first, then the others, each
     * in the order given. An empty text finds only an empty id.
     */
    public static List<String> find(Iterable<String> ids, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<String> exact = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (String id : ids) {
            String lower = id.toLowerCase(Locale.ROOT);
            if (lower.equals(needle)) {
                exact.add(id);
            } else if (!needle.isEmpty() && lower.contains(needle)) {
                partial.add(id);
            }
        }
        exact.addAll(partial);
        return exact;
    }
}
