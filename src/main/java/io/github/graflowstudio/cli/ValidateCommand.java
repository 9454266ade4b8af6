package io.github.graflowstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.validation.ValidationProblem;
import io.github.graflowstudio.document.validation.ValidationReport;
import io.github.graflowstudio.document.validation.WorkflowValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE}: the validator's errors and warnings with codes, node ids and hints.
 * Exit 0 no errors, 3 errors, 2 unreadable.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a workflow file for problems.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow (*.flow.json).")
    Path file;

    @Option(names = "--json", description = "Print the problems as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkflowDocument document;
        try {
            document = new WorkflowLoader().read(file);
        } catch (WorkflowLoader.BadInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        ValidationReport report = new WorkflowValidator().validate(document);
        if (json) {
            ObjectNode root = JsonOutput.MAPPER.createObjectNode();
            root.put("file", file.toString());
            root.put("valid", !report.hasErrors());
            root.put("errors", report.errors().size());
            root.put("warnings", report.warnings().size());
            ArrayNode problems = root.putArray("problems");
            for (ValidationProblem problem : report.problems()) {
                ObjectNode item = problems.addObject();
                item.put("severity", problem.severity().wireName());
                item.put("code", problem.code().name());
                item.put("node_id", problem.nodeId());
                item.put("field", problem.field());
                item.put("message", problem.message());
                item.put("hint", problem.hint());
            }
            out.println(JsonOutput.write(root));
        } else {
            for (ValidationProblem problem : report.problems()) {
                out.println(file.getFileName() + ": " + problem.severity().wireName() + " " + problem.code()
                        + (problem.nodeId() == null ? "" : " [" + problem.nodeId() + "]") + ": " + problem.message()
                        + (problem.hint() == null ? "" : System.lineSeparator() + "    hint: " + problem.hint()));
            }
            out.println(report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)");
        }
        return report.hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
