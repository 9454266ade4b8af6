package io.github.graflowstudio.document.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The export formats by their command-line names: {@code mermaid}, {@code dot} and
 * {@code graflow}, each with its default exporter and usual file suffix. Immutable and
 * thread-safe.
 */
public enum ExportFormat {
    /** A Mermaid flowchart, top-down ({@link MermaidExporter}). */
    MERMAID("mermaid", ".mmd"),
    /** A Graphviz DOT digraph, left to right ({@link DotExporter}). */
    DOT("dot", ".dot"),
    /** A Python script for Python Graflow ({@link GraflowPythonExporter}). */
    GRAFLOW("graflow", ".py");

    private final String optionName;
    private final String fileSuffix;

    ExportFormat(String optionName, String fileSuffix) {
        this.optionName = optionName;
        this.fileSuffix = fileSuffix;
    }

    /** The name used on the command line. */
    public String optionName() {
        return optionName;
    }

    /** The usual file suffix, with its dot. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** A new exporter with this format's default settings. */
    public DocumentExporter exporter() {
        return switch (this) {
            case MERMAID -> new MermaidExporter();
            case DOT -> new DotExporter();
            case GRAFLOW -> new GraflowPythonExporter();
        };
    }

    /** The format with this command-line name (case-insensitive). */
    public static Optional<ExportFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.optionName.equals(lower)).findFirst();
    }

    /** The command-line names of all formats. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::optionName).toList();
    }

    @Override
    public String toString() {
        return optionName;
    }
}
