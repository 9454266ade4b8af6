package io.github.graflowstudio.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code graflow-studio <command> ...}. Builds the picocli tree and
 * maps results to exit codes. Stateless and thread-safe (each call builds its own tree).
 */
@Command(name = "graflow-studio", mixinStandardHelpOptions = true, version = "Graflow Studio 0.1.0",
        description = "Run, validate and inspect Graflow-style workflows and checkpoints.",
        subcommands = {RunCommand.class, ValidateCommand.class, InspectCommand.class, ExportCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class StudioCommandLine implements Runnable {
    private static final Set<String> COMMANDS = Set.of("run", "validate", "inspect", "export", "bench", "worker",
            "help", "--help", "-h", "--version", "-V");

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Whether the arguments name a CLI command (else the GUI starts). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command line with the process's streams; returns the exit code. */
    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line with the given streams (tests); returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new StudioCommandLine());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("error: " + exception.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
