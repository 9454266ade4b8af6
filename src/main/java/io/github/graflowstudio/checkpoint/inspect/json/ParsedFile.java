package io.github.graflowstudio.checkpoint.inspect.json;

import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * One file read: its status, its flags, and the summary when it could be read. Immutable and
 * thread-safe when the summary is.
 *
 * @param status  the file status
 * @param flags   the flags raised while reading
 * @param summary the summary, or {@code null} unless the status is OK
 * @param <T>     the summary type
 */
public record ParsedFile<T>(FileStatus status, List<InspectionFlag> flags, T summary) {
    /** Copies the flags. */
    public ParsedFile {
        flags = List.copyOf(flags);
    }

    static <T> ParsedFile<T> of(JsonFileReader.Result result, List<InspectionFlag> extraFlags, T summary) {
        List<InspectionFlag> flags = new ArrayList<>(result.flags());
        if (result.status() == FileStatus.OK) {
            flags.addAll(extraFlags);
        }
        return new ParsedFile<>(result.status(), flags, result.status() == FileStatus.OK ? summary : null);
    }
}
