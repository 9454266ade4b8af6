package io.github.graflowstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.checkpoint.CheckpointLoadException;
import io.github.graflowstudio.checkpoint.CheckpointManager;
import io.github.graflowstudio.checkpoint.WriteProblem;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.compile.CompiledWorkflow;
import io.github.graflowstudio.document.compile.KindTaskResolver;
import io.github.graflowstudio.engine.CheckpointRequest;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.RunStatus;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run FILE}: runs a workflow with the engine and prints the trace, results and pending
 * tasks (text, or JSON with {@code --json}). Writes checkpoints into {@code --checkpoint-dir}
 * when the workflow asks for them, and continues a run from a set with {@code --resume}.
 * Exit 0 completed/terminated, 1 failed/cancelled/max_steps, 2 bad input.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a workflow file.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow (*.flow.json).")
    Path file;

    @Option(names = "--start", paramLabel = "NODE", description = "Start node (default: the document's start or its single root).")
    String start;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "10000", description = "Step limit (default ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR",
            description = "Where checkpoint tasks write their sets (default: ./checkpoints, as Graflow).")
    Path checkpointDir;

    @Option(names = "--resume", paramLabel = "PATH", description = "Continue the run stored in this checkpoint set.")
    Path resume;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxSteps < 1) {
            err.println("error: --max-steps must be at least 1, was " + maxSteps);
            return ExitCodes.BAD_INPUT;
        }
        WorkflowLoader loader = new WorkflowLoader();
        ExecutionContext context;
        CheckpointManager checkpoints;
        try {
            WorkflowDocument document = loader.read(file);
            CompiledWorkflow compiled = loader.compile(file, document, start);
            Path folder = checkpointDir != null ? checkpointDir : Path.of("checkpoints");
            checkpoints = new CheckpointManager(folder, KindTaskResolver.forKinds(loader.compiler().kinds()));
            checkpoints.setDocumentPath(file.toAbsolutePath().toString());
            checkpoints.setOnWritten(result -> {
                err.println("checkpoint written: " + result.base());
                for (WriteProblem problem : result.problems()) {
                    err.println("  warning: " + problem);
                }
            });
            if (resume != null) {
                context = checkpoints.resumeFromCheckpoint(resume, compiled.graph()).context();
            } else {
                context = ExecutionContext.create(compiled.graph(), compiled.startNode(), maxSteps);
            }
        } catch (WorkflowLoader.BadInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (CheckpointLoadException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        WorkflowEngine engine = new WorkflowEngine();
        Path folder = checkpointDir != null ? checkpointDir : Path.of("checkpoints");
        CheckpointManager manager = checkpoints;
        engine.setCheckpointWriter((ctx, request) -> {
            String path = request.path();
            if (path != null && !Path.of(path).isAbsolute()) {
                path = folder.resolve(path).toString();
            }
            return manager.write(ctx, new CheckpointRequest(request.metadata(), path, request.resumingTaskId(),
                    request.mode()));
        });
        TraceRecorder trace = new TraceRecorder();
        engine.addListener(trace);
        RunResult result = engine.execute(context);
        if (json) {
            out.println(JsonOutput.write(toJson(result, context, trace)));
        } else {
            printText(out, result, context, trace);
        }
        if (result.error() != null && !json) {
            err.println("error: " + result.errorMessage());
        }
        return result.status().isSuccess() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }

    private static ObjectNode toJson(RunResult result, ExecutionContext context, TraceRecorder trace) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("status", result.status().wireName());
        root.put("steps", result.steps());
        ArrayNode entries = root.putArray("trace");
        for (TraceRecorder.Entry entry : trace.entries()) {
            ObjectNode item = entries.addObject();
            item.put("step", entry.step());
            item.put("task_id", entry.taskId());
            item.put("outcome", entry.outcome());
            item.put("attempt", entry.attempt());
        }
        ObjectNode results = root.putObject("results");
        for (Map.Entry<String, Object> value : context.results().entrySet()) {
            Object shown = value.getValue() instanceof Throwable error ? "error: " + error.getMessage() : value.getValue();
            results.set(value.getKey(), JsonOutput.value(shown));
        }
        ArrayNode pending = root.putArray("pending");
        context.queue().pendingIds().forEach(pending::add);
        if (result.error() == null) {
            root.putNull("error");
        } else {
            root.put("error", result.errorMessage());
        }
        return root;
    }

    private static void printText(PrintWriter out, RunResult result, ExecutionContext context, TraceRecorder trace) {
        for (TraceRecorder.Entry entry : trace.entries()) {
            out.printf("%4d  %-24s %-8s attempt %d%s%n", entry.step(), entry.taskId(), entry.outcome(), entry.attempt(),
                    entry.message() == null ? "" : "  (" + entry.message() + ")");
        }
        out.println();
        out.println("status: " + result.status().wireName() + " after " + result.steps() + " steps");
        if (!context.queue().isEmpty()) {
            out.println("pending: " + context.queue().pendingIds());
        }
        if (result.status() == RunStatus.MAX_STEPS) {
            out.println("the step limit was reached; raise it with --max-steps");
        }
        for (Map.Entry<String, Object> value : context.results().entrySet()) {
            out.println("result " + value.getKey() + " = " + value.getValue());
        }
    }
}
