package io.github.graflowstudio.cli;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.compile.CompiledWorkflow;
import io.github.graflowstudio.document.compile.WorkflowCompilationException;
import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.json.DocumentException;
import io.github.graflowstudio.document.validation.ValidationProblem;
import io.github.graflowstudio.engine.ExecutionContext;
import java.nio.file.Path;

/**
 * Reads and compiles a workflow file for the commands, turning every problem into a
 * {@link BadInputException} whose message names the file (and line, column or node).
 * Stateless and thread-safe.
 */
final class WorkflowLoader {
    private final DocumentCodec codec = new DocumentCodec();
    private final WorkflowCompiler compiler = new WorkflowCompiler();

    /** Input that makes the command exit with code 2. */
    static final class BadInputException extends Exception {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }
    }

    WorkflowCompiler compiler() {
        return compiler;
    }

    WorkflowDocument read(Path file) throws BadInputException {
        try {
            return codec.read(file);
        } catch (DocumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Compiles with a start node: {@code start} if given (refused with the engine's message when
     * it is not in the graph), else the document's start or its single root.
     */
    CompiledWorkflow compile(Path file, WorkflowDocument document, String start) throws BadInputException {
        try {
            if (start == null) {
                return compiler.compile(document);
            }
            if (!document.hasId(start)) {
                String any = document.ids().isEmpty() ? null : document.ids().get(0);
                CompiledWorkflow compiled = compiler.compile(document.withStart(any));
                ExecutionContext.create(compiled.graph(), start, 1);
            }
            return compiler.compile(document.withStart(start));
        } catch (WorkflowCompilationException e) {
            StringBuilder message = new StringBuilder(file + ": workflow '" + document.name() + "' is invalid:");
            for (ValidationProblem problem : e.errors()) {
                message.append(System.lineSeparator()).append("  ").append(problem);
            }
            throw new BadInputException(message.toString());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
