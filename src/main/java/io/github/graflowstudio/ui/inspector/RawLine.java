package io.github.graflowstudio.ui.inspector;

/**
 * One line of the raw view: a segment of a file's text (long lines are cut into segments so a
 * one-line JSON file stays scrollable), a hex dump row of a pickle, or the marker line under a
 * parse error. Immutable and thread-safe.
 *
 * @param number       the 1-based line number in the file, 0 for continuation segments and markers
 * @param text         the text shown
 * @param error        whether the problem is on this line
 * @param marker       whether this is the marker line ({@code ^ message}) under the problem
 */
public record RawLine(int number, String text, boolean error, boolean marker) {

    /** The gutter text: the line number, or blank for segments and markers. */
    public String gutter() {
        return number > 0 ? String.valueOf(number) : "";
    }
}
