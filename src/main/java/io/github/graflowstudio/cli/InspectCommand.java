package io.github.graflowstudio.cli;

import io.github.graflowstudio.checkpoint.inspect.CheckpointReader;
import io.github.graflowstudio.checkpoint.inspect.NotACheckpointException;
import io.github.graflowstudio.checkpoint.inspect.json.InspectionJson;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inspect PATH [--json] [--limit N]}: reads a checkpoint set (studio, Graflow or legacy
 * Graflow) without running anything and prints its files, pickle check, state, meta, pending
 * queue and flags. Exit 0 when the worst flag is a warning or less, 3 with any error flag, 2 when
 * the path names no checkpoint. One instance per command line; not thread-safe.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Inspect a checkpoint set read-only (nothing in it is executed).",
            "PATH is the base, any file of the set (.pkl, .state.json, .meta.json, .context.json) or a folder"
                + " holding one set."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no flag worse than a warning", "2:the path names no checkpoint", "3:error flags"})
public final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The checkpoint set to inspect.")
    private Path path;

    @Option(names = "--json", description = "Print the stable JSON report instead of text.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "List only the first N pending entries.")
    private Integer limit;

    @Override
    public Integer call() throws Exception {
        if (limit != null && limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, was " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        CheckpointInspection inspection;
        try {
            inspection = CheckpointReader.read(path);
        } catch (NotACheckpointException notACheckpoint) {
            spec.commandLine().getErr().println("error: " + notACheckpoint.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int shown = limit == null ? -1 : limit;
        if (json) {
            InspectionJson.write(inspection, out, shown);
        } else {
            new InspectionText(out).print(inspection, shown);
        }
        out.flush();
        return inspection.hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
