package io.github.graflowstudio.cli;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.export.ExportFormat;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.json.DocumentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --format mermaid|dot|graflow [-o OUT]}: reads a workflow document and writes
 * it as a Mermaid flowchart, a Graphviz DOT graph or a Python Graflow script, to standard output
 * or to {@code OUT} (UTF-8). Exit 0 on success, 2 when the file cannot be read or is not a valid
 * document (the codec's {@code file:line:column} message goes to standard error), when the format
 * is unknown, or when {@code OUT} cannot be written. Documents with validation errors are still
 * exported. One instance per command line; not thread-safe.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a workflow document as a Mermaid flowchart, a Graphviz DOT graph or a Python"
                + " script for Python Graflow.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:exported", "2:unreadable or invalid file, unknown format, or OUT not writable"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow document (*.flow.json).")
    private Path file;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "mermaid, dot or graflow.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to this file instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        ExportFormat exportFormat = ExportFormat.fromName(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown format '" + format + "'. Formats: " + ExportFormat.names()));
        PrintWriter err = spec.commandLine().getErr();
        WorkflowDocument document;
        try {
            document = new DocumentCodec().read(file);
        } catch (DocumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String text = exportFormat.exporter().export(document);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
