package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.IdSearch;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.edit.Command;
import io.github.graflowstudio.document.edit.CommandStack;
import io.github.graflowstudio.document.edit.EditCommands;
import io.github.graflowstudio.document.edit.Fragments;
import io.github.graflowstudio.document.edit.UniqueIds;
import io.github.graflowstudio.document.json.DocumentCodec;
import io.github.graflowstudio.document.json.DocumentException;
import io.github.graflowstudio.document.kinds.ConfigField;
import io.github.graflowstudio.document.kinds.TaskKind;
import io.github.graflowstudio.document.kinds.TaskKinds;
import io.github.graflowstudio.ui.editor.geometry.NodeShape;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.editor.geometry.Rect;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The state of the canvas editor and every edit a user can make there. The document is the
 * model: each change is a {@link Command} on the {@link CommandStack}; the canvas only reads
 * {@link #index()} and calls these methods. Testable without a display.
 *
 * <p>Not thread-safe: FX thread only.
 */
public final class EditorViewModel {
    private static final double PASTE_OFFSET = 40;

    private final TaskKinds kinds;
    private final DocumentCodec codec = new DocumentCodec();
    private final CommandStack stack;
    private final ObjectProperty<WorkflowDocument> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<DocumentIndex> index = new SimpleObjectProperty<>(this, "index");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<WorkflowEdge> selectedEdge = new SimpleObjectProperty<>(this, "selectedEdge");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.initial(800, 600));
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "Undo");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<CanvasDecorations> decorations = new SimpleObjectProperty<>(this, "decorations",
            CanvasDecorations.NONE);
    private Map<String, Point> dragPreview = Map.of();
    private Map<String, Point> dragStart = Map.of();

    /** An editor on {@code initial} with the built-in kinds. */
    public EditorViewModel(WorkflowDocument initial) {
        this(initial, TaskKinds.builtIn());
    }

    /** An editor with a kind registry. */
    public EditorViewModel(WorkflowDocument initial, TaskKinds kinds) {
        this.kinds = kinds;
        this.stack = new CommandStack(initial);
        stack.addListener(change -> refresh(change.document()));
        refresh(initial);
    }

    private void refresh(WorkflowDocument current) {
        document.set(current);
        index.set(new DocumentIndex(current, dragPreview));
        selection.removeIf(id -> !current.hasId(id));
        WorkflowEdge edge = selectedEdge.get();
        if (edge != null && !current.hasEdge(edge.from(), edge.to())) {
            selectedEdge.set(null);
        }
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoDescription().map(text -> "Undo " + text).orElse("Undo"));
        redoText.set(stack.redoDescription().map(text -> "Redo " + text).orElse("Redo"));
        dirty.set(stack.isDirty());
    }

    // ----- properties ---------------------------------------------------------------------------

    /** The kinds offered by the palette. */
    public TaskKinds kinds() {
        return kinds;
    }

    /** The command stack (for saving and tests). */
    public CommandStack commandStack() {
        return stack;
    }

    /** The current document. */
    public ReadOnlyObjectProperty<WorkflowDocument> documentProperty() {
        return document;
    }

    /** The current document's value. */
    public WorkflowDocument document() {
        return document.get();
    }

    /** Geometry of the current document (with a drag preview applied). */
    public ReadOnlyObjectProperty<DocumentIndex> indexProperty() {
        return index;
    }

    /** The geometry value. */
    public DocumentIndex index() {
        return index.get();
    }

    /** Selected node and group ids. */
    public ObservableSet<String> selection() {
        return selection;
    }

    /** The selected edge, or {@code null}. */
    public ObjectProperty<WorkflowEdge> selectedEdgeProperty() {
        return selectedEdge;
    }

    /** The view transform. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** "Undo Move 3 tasks". */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    /** "Redo ...". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    /** Whether undo is possible. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** Whether redo is possible. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** Whether there are unsaved changes. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Badges, breakpoints and run states drawn over the document. */
    public ObjectProperty<CanvasDecorations> decorationsProperty() {
        return decorations;
    }

    /** The last refusal or notice for the status bar. */
    public StringProperty messageProperty() {
        return message;
    }

    // ----- history --------------------------------------------------------------------------------

    /** Undoes the last edit. */
    public void undo() {
        stack.undo();
    }

    /** Redoes the last undone edit. */
    public void redo() {
        stack.redo();
    }

    /** Replaces the document (New, Open, Restore); history cleared, counts as saved. */
    public void replaceDocument(WorkflowDocument newDocument, String description) {
        selection.clear();
        selectedEdge.set(null);
        stack.reset(newDocument, description);
    }

    /** Marks the current state as saved. */
    public void markSaved() {
        stack.markSaved();
        dirty.set(stack.isDirty());
    }

    /** Executes a command; a refusal becomes the status message. Returns whether something changed. */
    public boolean execute(Command command) {
        try {
            boolean changed = stack.execute(command);
            message.set(changed ? command.description() : "");
            return changed;
        } catch (IllegalArgumentException refused) {
            message.set(refused.getMessage());
            return false;
        }
    }

    // ----- selection --------------------------------------------------------------------------------

    /** Selects one id (replacing the selection) or toggles it when {@code additive}. */
    public void select(String id, boolean additive) {
        selectedEdge.set(null);
        if (!additive) {
            selection.clear();
            selection.add(id);
        } else if (!selection.remove(id)) {
            selection.add(id);
        }
    }

    /** Selects an edge (clearing the node selection). */
    public void selectEdge(WorkflowEdge edge) {
        selection.clear();
        selectedEdge.set(edge);
    }

    /** Selects every node and group. */
    public void selectAll() {
        selectedEdge.set(null);
        selection.addAll(document().ids());
    }

    /** Clears the selection. */
    public void clearSelection() {
        selection.clear();
        selectedEdge.set(null);
    }

    /** Selects the nodes (and groups) lying completely inside a world rectangle (rubber band). */
    public void selectInRect(Rect world, boolean additive) {
        if (!additive) {
            clearSelection();
        }
        DocumentIndex current = index();
        for (String id : current.nodesIn(world)) {
            if (world.contains(current.bounds(id))) {
                selection.add(id);
            }
        }
        for (String id : current.groupsIn(world)) {
            if (world.contains(current.bounds(id))) {
                selection.add(id);
            }
        }
    }

    /** Ids of selected nodes (groups expanded to their members), in document order. */
    public List<String> selectedNodeIds() {
        Set<String> ids = new HashSet<>();
        for (String id : selection) {
            WorkflowGroup group = index().group(id);
            if (group != null) {
                ids.addAll(group.members());
            } else if (index().node(id) != null) {
                ids.add(id);
            }
        }
        List<String> ordered = new ArrayList<>();
        for (WorkflowNode node : document().nodes()) {
            if (ids.contains(node.id())) {
                ordered.add(node.id());
            }
        }
        return ordered;
    }

    // ----- moving -----------------------------------------------------------------------------------

    /** Starts a drag of the selected nodes. */
    public void beginMove() {
        Map<String, Point> start = new LinkedHashMap<>();
        for (String id : selectedNodeIds()) {
            WorkflowNode node = index().node(id);
            start.put(id, new Point(node.x(), node.y()));
        }
        dragStart = start;
        dragPreview = Map.of();
    }

    /** Shows the selected nodes moved by a world delta (no command yet). */
    public void dragMove(double dx, double dy) {
        Map<String, Point> preview = new LinkedHashMap<>();
        dragStart.forEach((id, at) -> preview.put(id, at.plus(dx, dy)));
        dragPreview = preview;
        index.set(new DocumentIndex(document(), dragPreview));
    }

    /** Ends the drag: one command for the whole gesture. */
    public void endMove() {
        Map<String, double[]> positions = new LinkedHashMap<>();
        dragPreview.forEach((id, at) -> positions.put(id, new double[] {at.x(), at.y()}));
        dragPreview = Map.of();
        dragStart = Map.of();
        if (positions.isEmpty() || !execute(EditCommands.moveNodes(positions))) {
            index.set(new DocumentIndex(document(), Map.of()));
        }
    }

    /** Whether a drag is in progress. */
    public boolean isDragging() {
        return !dragStart.isEmpty();
    }

    // ----- structure ------------------------------------------------------------------------------

    /**
     * Adds a node of {@code kind} at a world point (its centre) with a fresh id and the kind's
     * defaults, and selects it.
     *
     * @return the new id, or {@code null} if the kind is unknown
     */
    public String addNode(String kindName, Point worldCenter) {
        TaskKind kind = kinds.find(kindName).orElse(null);
        if (kind == null) {
            message.set("Unknown task kind '" + kindName + "'");
            return null;
        }
        String id = UniqueIds.forKind(kindName, new HashSet<>(document().ids()));
        Map<String, Object> config = new LinkedHashMap<>();
        for (ConfigField field : kind.fields()) {
            if (field.required()) {
                config.put(field.name(), field.initialValue());
            }
        }
        WorkflowNode node = WorkflowNode.of(id, kindName, config, Math.round(worldCenter.x() - NodeShape.WIDTH / 2),
                Math.round(worldCenter.y() - NodeShape.HEIGHT / 2));
        if (execute(EditCommands.addNode(node))) {
            select(id, false);
            return id;
        }
        return null;
    }

    /** Why {@code from -> to} would be refused, or {@code null} (for hover feedback). */
    public String connectionProblem(String from, String to) {
        return EditCommands.connectionProblem(document(), from, to);
    }

    /** Connects two nodes or groups; returns whether the edge was added. */
    public boolean connect(String from, String to) {
        return execute(EditCommands.connect(from, to));
    }

    /** Deletes the selected nodes, groups or edge. */
    public void deleteSelection() {
        WorkflowEdge edge = selectedEdge.get();
        if (edge != null) {
            execute(EditCommands.delete(List.of(), List.of(edge)));
        } else if (!selection.isEmpty()) {
            execute(EditCommands.delete(new ArrayList<>(selection), List.of()));
        }
    }

    /** The selection as document JSON for the clipboard, or {@code null} if nothing is selected. */
    public String copySelection() {
        if (selection.isEmpty()) {
            return null;
        }
        return codec.write(Fragments.extract(document(), new HashSet<>(selection)));
    }

    /** Copies, then deletes the selection; returns the clipboard text. */
    public String cutSelection() {
        String text = copySelection();
        if (text != null) {
            execute(EditCommands.delete(new ArrayList<>(selection), List.of()));
        }
        return text;
    }

    /**
     * Pastes document JSON (from this or another window): ids made unique, moved a little, the
     * pasted nodes selected.
     *
     * @return whether anything was pasted
     */
    public boolean paste(String json) {
        if (json == null || json.isBlank()) {
            return false;
        }
        WorkflowDocument fragment;
        try {
            fragment = codec.read(json, "clipboard");
        } catch (DocumentException e) {
            message.set("The clipboard holds no workflow: " + e.getMessage());
            return false;
        }
        Fragments.Renamed renamed = Fragments.prepareForPaste(fragment, document(), PASTE_OFFSET, PASTE_OFFSET);
        if (execute(EditCommands.paste(renamed.fragment()))) {
            selection.clear();
            selection.addAll(renamed.fragment().ids());
            return true;
        }
        return false;
    }

    /** Copies and pastes the selection in one step. */
    public boolean duplicateSelection() {
        return paste(copySelection());
    }

    /** Groups the selected nodes into a new parallel group and selects it. */
    public String groupSelection() {
        List<String> members = selectedNodeIds();
        String id = UniqueIds.forKind("group", new HashSet<>(document().ids()));
        if (execute(EditCommands.group(members, id))) {
            select(id, false);
            return id;
        }
        return null;
    }

    /** Ungroups the selected groups. */
    public void ungroupSelection() {
        for (String id : new ArrayList<>(selection)) {
            if (index().group(id) != null) {
                execute(EditCommands.ungroup(id));
            }
        }
    }

    /** Renames a node or group (references follow); keeps it selected. */
    public boolean rename(String oldId, String newId) {
        boolean wasSelected = selection.contains(oldId);
        if (execute(EditCommands.rename(oldId, newId))) {
            if (wasSelected) {
                selection.add(newId);
            }
            return true;
        }
        return false;
    }

    // ----- find and view ----------------------------------------------------------------------------

    /** Ids containing {@code text} (case-insensitive), exact matches first. */
    public List<String> find(String text) {
        return IdSearch.find(document().ids(), text);
    }

    /** Selects an id and centres the view on it. */
    public void reveal(String id) {
        Rect rect = index().bounds(id);
        if (rect != null) {
            select(id, false);
            viewport.set(viewport.get().centerOn(rect.center()));
        }
    }

    /** Fits the whole document into the view (Ctrl+0). */
    public void zoomToFit() {
        Rect extent = index().extent();
        viewport.set(viewport.get().fit(extent.width() == 0 ? new Rect(0, 0, 1, 1) : extent, 40));
    }

    /** 100 % zoom around the view's centre (Ctrl+1). */
    public void zoomToActualSize() {
        viewport.set(viewport.get().withScale(1.0));
    }

    /** Zooms around a screen point. */
    public void zoomAround(Point screen, double factor) {
        viewport.set(viewport.get().zoomAround(screen, factor));
    }

    /** Pans by a screen delta. */
    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panByScreen(dx, dy));
    }

    /** Tells the view model the canvas size. */
    public void resize(double width, double height) {
        viewport.set(viewport.get().resized(width, height));
    }
}
