package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import java.util.Collection;
import java.util.stream.Collectors;

/** Shared pieces of flag messages. Stateless and thread-safe. */
final class Messages {
    private Messages() {
    }

    /** An id in quotes, made visible; {@code (no id)} for {@code null}. */
    static String id(String id) {
        return id == null ? "(no id)" : "'" + VisibleText.escape(id) + "'";
    }

    /** Up to {@code limit} ids, quoted, with a count of the rest. */
    static String ids(Collection<String> ids, int limit) {
        String listed = ids.stream().limit(limit).map(Messages::id).collect(Collectors.joining(", "));
        return ids.size() > limit ? listed + " and " + (ids.size() - limit) + " more" : listed;
    }
}
