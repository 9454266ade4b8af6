package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.edit.Command;
import io.github.graflowstudio.document.layout.AutoLayoutService;
import io.github.graflowstudio.document.layout.LayoutBounds;
import io.github.graflowstudio.document.layout.LayoutCancelledException;
import io.github.graflowstudio.document.layout.LayoutEdge;
import io.github.graflowstudio.document.layout.LayoutGroup;
import io.github.graflowstudio.document.layout.LayoutNode;
import io.github.graflowstudio.document.layout.LayoutOptions;
import io.github.graflowstudio.document.layout.LayoutRequest;
import io.github.graflowstudio.document.layout.LayoutResult;
import io.github.graflowstudio.ui.editor.geometry.NodeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Auto-layout with ELK's layered algorithm (left to right, cycles handled, groups kept
 * together), computed off the FX thread with progress and cancel, applied as one undoable step
 * ("Auto layout"). FX thread for the properties; the layout runs on the worker.
 */
public final class AutoLayoutViewModel {
    private final EditorViewModel editor;
    private final AutoLayoutService service = new AutoLayoutService();
    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private AtomicBoolean cancel = new AtomicBoolean();

    /**
     * Auto-layout for an editor.
     *
     * @param worker   where ELK runs (a background thread)
     * @param fxThread how results come back ({@code Platform::runLater})
     */
    public AutoLayoutViewModel(EditorViewModel editor, Executor worker, Consumer<Runnable> fxThread) {
        this.editor = editor;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Whether a layout is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Progress from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Starts laying out the current document (ignored while one runs). */
    public void start() {
        if (running.get()) {
            return;
        }
        WorkflowDocument document = editor.document();
        LayoutRequest request = requestFor(document);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        progress.set(0);
        worker.execute(() -> {
            try {
                LayoutResult result = service.layout(request, cancelled::get,
                        value -> fxThread.accept(() -> progress.set(value)));
                fxThread.accept(() -> apply(result));
            } catch (LayoutCancelledException e) {
                fxThread.accept(() -> finish("Auto layout cancelled"));
            } catch (RuntimeException e) {
                fxThread.accept(() -> finish("Auto layout failed: " + e.getMessage()));
            }
        });
    }

    /** Cancels a running layout. */
    public void cancel() {
        cancel.set(true);
    }

    private void finish(String message) {
        running.set(false);
        editor.messageProperty().set(message);
    }

    private void apply(LayoutResult result) {
        running.set(false);
        progress.set(1);
        Map<String, LayoutBounds> bounds = result.nodeBounds();
        editor.execute(Command.of("Auto layout", current -> {
            WorkflowDocument moved = current;
            for (WorkflowNode node : current.nodes()) {
                LayoutBounds at = bounds.get(node.id());
                if (at != null) {
                    moved = moved.moveNode(node.id(), Math.round(at.x()), Math.round(at.y()));
                }
            }
            return moved;
        }));
        editor.zoomToFit();
    }

    /** The layout request for a document: node sizes from the canvas, edges, groups. */
    static LayoutRequest requestFor(WorkflowDocument document) {
        List<LayoutNode> nodes = new ArrayList<>();
        for (WorkflowNode node : document.nodes()) {
            nodes.add(new LayoutNode(node.id(), NodeShape.WIDTH, NodeShape.HEIGHT, node.x(), node.y()));
        }
        List<LayoutEdge> edges = new ArrayList<>();
        for (WorkflowEdge edge : document.edges()) {
            edges.add(new LayoutEdge(edge.from(), edge.to()));
        }
        List<LayoutGroup> groups = new ArrayList<>();
        for (WorkflowGroup group : document.groups()) {
            groups.add(new LayoutGroup(group.id(), group.members()));
        }
        LayoutOptions options = LayoutOptions.defaults()
                .withGroupPadding(NodeShape.GROUP_PADDING + 4, NodeShape.GROUP_HEADER + 4)
                .withThoroughness(document.nodes().size() > 500 ? 3 : 7);
        return new LayoutRequest(nodes, edges, groups, options);
    }
}
