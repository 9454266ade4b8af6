package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.validation.ValidationProblem;
import io.github.graflowstudio.document.validation.ValidationReport;
import io.github.graflowstudio.document.validation.WorkflowValidator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Live validation: re-validates the document after every change (on a worker, newest change
 * wins), publishes the problems for the panel and the badges for the canvas, and selects the
 * node of a problem the user picks. FX thread for everything but the validation itself.
 */
public final class ProblemsViewModel {
    private final EditorViewModel editor;
    private final WorkflowValidator validator;
    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final ObservableList<ValidationProblem> problems = FXCollections.observableArrayList();
    private final SimpleStringProperty summary = new SimpleStringProperty(this, "summary", "No problems");
    private final AtomicLong generation = new AtomicLong();

    /**
     * Live validation of an editor's document.
     *
     * @param editor   the editor
     * @param worker   where validation runs (a background thread; a direct executor in tests)
     * @param fxThread how results get back to the FX thread ({@code Platform::runLater}; direct in tests)
     */
    public ProblemsViewModel(EditorViewModel editor, Executor worker, Consumer<Runnable> fxThread) {
        this.editor = editor;
        this.validator = new WorkflowValidator(editor.kinds());
        this.worker = worker;
        this.fxThread = fxThread;
        editor.documentProperty().addListener((obs, old, now) -> revalidate(now));
        revalidate(editor.document());
    }

    /** The current problems, errors first. */
    public ObservableList<ValidationProblem> problems() {
        return problems;
    }

    /** "2 errors, 1 warning". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Selects and reveals the node a problem names. */
    public void reveal(ValidationProblem problem) {
        if (problem != null && problem.nodeId() != null && editor.document().hasId(problem.nodeId())) {
            editor.reveal(problem.nodeId());
        }
    }

    private void revalidate(WorkflowDocument document) {
        long mine = generation.incrementAndGet();
        worker.execute(() -> {
            ValidationReport report = validator.validate(document);
            fxThread.accept(() -> {
                if (generation.get() == mine) {
                    publish(report);
                }
            });
        });
    }

    private void publish(ValidationReport report) {
        problems.setAll(report.errors());
        problems.addAll(report.warnings());
        Map<String, String> badges = new LinkedHashMap<>();
        for (ValidationProblem problem : report.problems()) {
            if (problem.nodeId() != null) {
                badges.merge(problem.nodeId(), problem.isError() ? "error" : "warning",
                        (a, b) -> "error".equals(a) || "error".equals(b) ? "error" : "warning");
            }
        }
        editor.decorationsProperty().set(editor.decorationsProperty().get().withProblems(badges));
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        summary.set(errors == 0 && warnings == 0 ? "No problems"
                : errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
    }
}
