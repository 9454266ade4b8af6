package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.ui.app.DialogService;
import io.github.graflowstudio.ui.common.AppIcons;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The checkpoint inspector as a separate window: an {@link InspectorView} on its own stage with
 * its own worker thread, following the owner's theme. "Diff with…" opens a {@link DiffView} in a
 * further window. The main window opens it with {@link #open} and passes how to reach the open
 * workflow and how to select ids on its canvas. FX thread only.
 */
public final class InspectorWindow {
    private static final String LIGHT = "/io/github/graflowstudio/ui/theme/light.css";
    private final Stage stage = new Stage();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "studio-inspector");
        thread.setDaemon(true);
        return thread;
    });
    private final InspectorViewModel model = new InspectorViewModel(worker, Platform::runLater);
    private final InspectorView view;
    private final Window owner;
    private final Supplier<WorkflowDocument> openWorkflow;
    private Stage diffStage;
    private DiffViewModel diffModel;
    private DiffView diffView;

    private InspectorWindow(Window owner, DialogService dialogs, Supplier<WorkflowDocument> openWorkflow,
                            Consumer<List<String>> showOnCanvas) {
        this.owner = owner;
        this.openWorkflow = openWorkflow;
        this.view = new InspectorView(model, dialogs, openWorkflow, showOnCanvas);
        view.setOnDiff(this::openDiff);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(view, 1240, 800);
        styleLikeOwner(scene);
        stage.setScene(scene);
        AppIcons.apply(stage);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> model.inspectionProperty().get() == null
                ? "Checkpoint inspector" : "Checkpoint inspector · " + model.inspectionProperty().get().base(),
                model.inspectionProperty()));
        stage.setOnHidden(event -> dispose());
    }

    /**
     * Opens an inspector window and starts reading a set.
     *
     * @param owner        the main window (theme and ownership), or {@code null}
     * @param path         the set to open (base, any of its files, or a folder), or {@code null} for none yet
     * @param dialogs      file choosers, errors and notices
     * @param openWorkflow the document open in the editor; may return {@code null}
     * @param showOnCanvas selects the given task ids on the main window's canvas
     * @return the shown window
     */
    public static InspectorWindow open(Window owner, Path path, DialogService dialogs,
                                       Supplier<WorkflowDocument> openWorkflow, Consumer<List<String>> showOnCanvas) {
        InspectorWindow window = new InspectorWindow(owner, dialogs, openWorkflow == null ? () -> null : openWorkflow,
                showOnCanvas == null ? ids -> { } : showOnCanvas);
        window.stage.show();
        if (path != null) {
            window.model.open(path, WorkflowNodes.of(window.openWorkflow.get()));
        }
        return window;
    }

    private void styleLikeOwner(Scene scene) {
        if (owner != null && owner.getScene() != null && !owner.getScene().getStylesheets().isEmpty()) {
            Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
        } else {
            scene.getStylesheets().add(InspectorWindow.class.getResource(LIGHT).toExternalForm());
        }
    }

    /** Compares the open set with another one in a diff window. */
    public void openDiff(Path other) {
        if (model.inspectionProperty().get() == null) {
            return;
        }
        if (diffStage == null) {
            diffModel = new DiffViewModel(worker, Platform::runLater);
            diffView = new DiffView(diffModel);
            diffStage = new Stage();
            diffStage.initOwner(stage);
            Scene scene = new Scene(diffView, 1100, 640);
            styleLikeOwner(scene);
            diffStage.setScene(scene);
            diffStage.setTitle("Checkpoint diff");
            AppIcons.apply(diffStage);
        }
        diffModel.compare(model.inspectionProperty().get(), model.channel(), other);
        diffStage.show();
        diffStage.toFront();
    }

    /** The stage. */
    public Stage stage() {
        return stage;
    }

    /** The view model. */
    public InspectorViewModel model() {
        return model;
    }

    /** The view. */
    public InspectorView view() {
        return view;
    }

    /** The diff view of the last "Diff with…", or {@code null}. */
    public DiffView diffView() {
        return diffView;
    }

    /** The diff window of the last "Diff with…", or {@code null}. */
    public Stage diffStage() {
        return diffStage;
    }

    /** Closes the window (and its diff window) and stops its worker. */
    public void close() {
        stage.close();
        dispose();
    }

    private void dispose() {
        model.cancel();
        if (diffStage != null) {
            diffStage.close();
        }
        worker.shutdownNow();
    }
}
