package io.github.graflowstudio.document;

import io.github.graflowstudio.document.compile.CompiledWorkflow;
import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.json.DocumentException;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.RunResult;
import io.github.graflowstudio.engine.WorkflowEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helpers: read test documents, compile and run them on the real engine. */
public final class Runs {
    /** The samples folder of the project. */
    public static final Path SAMPLES = Path.of("assets", "samples");

    private Runs() {
    }

    /** A run's result and context. */
    public record Outcome(RunResult result, ExecutionContext context) {
        /** A task's result. */
        public Object result(String taskId) {
            return context.result(taskId, null);
        }
    }

    /** Reads {@code src/test/resources/documents/<name>}. */
    public static WorkflowDocument document(String name) {
        return parse(text(name), name);
    }

    /** The text of {@code src/test/resources/documents/<name>}. */
    public static String text(String name) {
        try (InputStream in = Runs.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text, failing the test on errors. */
    public static WorkflowDocument parse(String json, String source) {
        try {
            return new DocumentCodec().read(json, source);
        } catch (DocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A document whose nodes run one after another in the given order. */
    public static WorkflowDocument chain(WorkflowNode... nodes) {
        java.util.List<WorkflowEdge> edges = new java.util.ArrayList<>();
        for (int i = 1; i < nodes.length; i++) {
            edges.add(WorkflowEdge.of(nodes[i - 1].id(), nodes[i].id()));
        }
        return WorkflowDocument.of("chain", java.util.List.of(nodes), edges, java.util.List.of());
    }

    /** A node of a kind with a config. */
    public static WorkflowNode node(String id, String kind, java.util.Map<String, ?> config) {
        return WorkflowNode.of(id, kind, config);
    }

    /** Compiles and runs a document with a default engine and a step limit of 1000. */
    public static Outcome run(WorkflowDocument document) {
        return run(document, new WorkflowEngine());
    }

    /** Compiles and runs a document with the given engine. */
    public static Outcome run(WorkflowDocument document, WorkflowEngine engine) {
        CompiledWorkflow compiled = new WorkflowCompiler().compile(document);
        ExecutionContext context = compiled.newContext(1000);
        return new Outcome(engine.execute(context), context);
    }
}
