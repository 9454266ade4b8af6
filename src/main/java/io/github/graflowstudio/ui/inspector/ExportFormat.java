package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.json.InspectionJson;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import java.io.IOException;
import java.io.Writer;

/** The formats an inspection is exported in. Immutable and thread-safe. */
public enum ExportFormat {
    /** The stable {@code inspect --json} report ({@link InspectionJson}). */
    JSON("JSON report", "*.json", ".json"),
    /** A Markdown report: summary, files, flags table, pending table ({@link MarkdownReport}). */
    MARKDOWN("Markdown report", "*.md", ".md");

    private final String description;
    private final String pattern;
    private final String extension;

    ExportFormat(String description, String pattern, String extension) {
        this.description = description;
        this.pattern = pattern;
        this.extension = extension;
    }

    /** What a file chooser calls it. */
    public String description() {
        return description;
    }

    /** The file chooser pattern, e.g. {@code *.md}. */
    public String pattern() {
        return pattern;
    }

    /** The file name extension with its dot. */
    public String extension() {
        return extension;
    }

    /**
     * Writes an inspection in this format.
     *
     * @param inspection the inspection
     * @param out        where to write (not closed)
     * @throws IOException if writing fails
     */
    public void write(CheckpointInspection inspection, Writer out) throws IOException {
        if (this == JSON) {
            InspectionJson.write(inspection, out, -1);
        } else {
            MarkdownReport.write(inspection, out);
        }
    }
}
