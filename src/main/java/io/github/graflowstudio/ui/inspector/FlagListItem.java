package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;

/**
 * One line of the flags list: either the header of a severity group (with its count and whether
 * it is collapsed) or one flag. Immutable and thread-safe.
 *
 * @param severity  the group's severity
 * @param flag      the flag, or {@code null} for a group header
 * @param count     the number of flags in the group (headers), 0 for flags
 * @param collapsed whether the group is collapsed (headers)
 */
public record FlagListItem(Severity severity, InspectionFlag flag, int count, boolean collapsed) {

    /** Whether this is a group header. */
    public boolean header() {
        return flag == null;
    }

    /** "Errors (3)" for headers; "CODE  message" for flags. */
    public String text() {
        if (flag == null) {
            String title = switch (severity) {
                case ERROR -> "Errors";
                case WARNING -> "Warnings";
                case INFO -> "Info";
                case NONE -> "Other";
            };
            return (collapsed ? "▸ " : "▾ ") + title + " (" + InspectorFormat.count(count) + ")";
        }
        return flag.code() + "  " + flag.message();
    }
}
