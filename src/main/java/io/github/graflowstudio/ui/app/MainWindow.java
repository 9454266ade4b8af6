package io.github.graflowstudio.ui.app;

import io.github.graflowstudio.ui.common.RepaintAnchor;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import io.github.graflowstudio.ui.editor.AutoLayoutViewModel;
import io.github.graflowstudio.ui.editor.GraphCanvas;
import io.github.graflowstudio.ui.editor.MinimapView;
import io.github.graflowstudio.ui.editor.PaletteView;
import io.github.graflowstudio.ui.editor.ProblemsView;
import io.github.graflowstudio.ui.editor.ProblemsViewModel;
import io.github.graflowstudio.ui.editor.PropertiesView;
import io.github.graflowstudio.ui.editor.PropertiesViewModel;
import io.github.graflowstudio.ui.editor.geometry.Point;
import io.github.graflowstudio.ui.runner.RunnerControls;
import io.github.graflowstudio.ui.runner.RunnerPanels;
import io.github.graflowstudio.ui.runner.RunnerViewModel;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu bar and toolbar, palette, canvas, properties, the bottom
 * panels and the status bar, wired to the workspace. FX thread only.
 */
public final class MainWindow {
    private final WorkspaceViewModel workspace;
    private final EditorViewModel editor;
    private final BorderPane root = new BorderPane();
    private final GraphCanvas canvas;
    private final ProblemsViewModel problems;
    private final TabPane bottomTabs = new TabPane();
    private final Label statusMessage = new Label();
    private final AutoLayoutViewModel layout;
    private final EditorMenus menus;
    private final DialogService dialogs;
    private final RunnerViewModel runner;
    private WelcomeCard welcome;
    private final ExecutorService engineThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "studio-engine");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService layoutWorker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "studio-layout");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "studio-validation");
        thread.setDaemon(true);
        return thread;
    });
    private final DeferredExecutor validation = new DeferredExecutor(background);

    /** Builds the window content for a workspace; runs write checkpoints into {@code checkpointFolder}. */
    public MainWindow(WorkspaceViewModel workspace, DialogService dialogs, ThemeSwitcher themes, Path checkpointFolder,
                      java.util.prefs.Preferences preferences) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.editor = workspace.editor();
        this.canvas = new GraphCanvas(editor);
        canvas.setId("canvas");
        this.problems = new ProblemsViewModel(editor, validation, Platform::runLater);
        this.layout = new AutoLayoutViewModel(editor, layoutWorker, Platform::runLater);
        this.menus = new EditorMenus(workspace, canvas, dialogs, themes, this::showFind, layout);
        this.runner = new RunnerViewModel(editor, engineThread, Platform::runLater, checkpointFolder);
        runner.followWindowPulses(true);
        RunnerControls controls = new RunnerControls(runner, editor,
                title -> dialogs.chooseFileToOpen(title, "Checkpoint sets", "*.meta.json", "*.state.json", "*.context.json",
                        "*.pkl"), () -> null);
        menus.addMenu(controls.runMenu());
        menus.addFileItems(
                ActionBuilder.item("menuOpenCheckpoint", "Open Checkpoint…", "mdi2f-file-search-outline",
                        "Shortcut+Shift+O", () -> dialogs.chooseFileToOpen("Inspect a checkpoint", "Checkpoint sets",
                                "*.meta.json", "*.state.json", "*.context.json", "*.pkl").ifPresent(this::inspect)),
                ActionBuilder.item("menuInspectLast", "Inspect Last Checkpoint", null, null,
                        () -> inspect(runner.lastCheckpointProperty().get().base()),
                        runner.lastCheckpointProperty().isNotNull()));
        menus.addToolItems(controls.toolbarItems().toArray(new javafx.scene.Node[0]));
        canvas.setOnBreakpointToggle(runner::toggleBreakpoint);
        runner.history().addListener((javafx.collections.ListChangeListener<io.github.graflowstudio.ui.runner.RunRecord>)
                change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(record -> dialogs.notify("Run " + record.describe()));
                    }
                });
        runner.lastCheckpointProperty().addListener((obs, old, now) -> {
            if (now != null) {
                dialogs.notify("Checkpoint written: " + now.base().getFileName()
                        + (now.problems().isEmpty() ? "" : " (" + now.problems().size() + " entries not serialisable)"));
            }
        });
        canvas.setContextMenuFactory(controls::contextMenu);
        PaletteView palette = new PaletteView(editor, kind -> {
            var view = editor.viewportProperty().get();
            editor.addNode(kind, view.toWorld(new Point(view.width() / 2, view.height() / 2)));
        });
        palette.setPrefWidth(240);
        PropertiesView properties = new PropertiesView(new PropertiesViewModel(editor));
        properties.setPrefWidth(280);
        MinimapView minimap = new MinimapView(editor);
        StackPane.setAlignment(minimap, javafx.geometry.Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new javafx.geometry.Insets(10));
        welcome = new WelcomeCard(preferences);
        VBox.setMargin(welcome, new javafx.geometry.Insets(8, 8, 0, 8));
        VBox.setVgrow(properties, Priority.ALWAYS);
        VBox right = new VBox(welcome, properties);
        right.setPrefWidth(290);
        StackPane center = new StackPane(canvas, minimap);
        SplitPane split = new SplitPane(palette, center, right);
        split.setDividerPositions(0.2, 0.78);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(right, false);

        Tab problemsTab = new Tab("Problems", new ProblemsView(problems));
        problemsTab.setId("problemsTab");
        problemsTab.textProperty().bind(problems.summaryProperty().map(summary -> "Problems · " + summary));
        bottomTabs.getTabs().add(problemsTab);
        bottomTabs.getTabs().addAll(new RunnerPanels(runner).tabs());
        bottomTabs.getTabs().forEach(LazyTabContent::install);
        runner.monitorProperty().addListener((obs, old, now) -> {
            if (bottomTabs.getSelectionModel().getSelectedItem() == problemsTab) {
                bottomTabs.getSelectionModel().select(1);
            }
        });
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane vertical = new SplitPane(split, bottomTabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(bottomTabs, false);

        menus.setWelcomeAction(welcome::showAgain);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        root.setCenter(vertical);
        root.setBottom(statusBar());
    }

    private HBox statusBar() {
        Label selection = new Label();
        selection.setId("statusSelection");
        selection.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int count = editor.selection().size();
            return count == 0 ? "Nothing selected" : count == 1 ? "Selected: " + editor.selection().iterator().next()
                    : count + " selected";
        }, editor.selection()));
        Label zoom = new Label();
        zoom.setId("statusZoom");
        zoom.textProperty().bind(editor.viewportProperty().map(view -> Math.round(view.scale() * 100) + " %"));
        Label counts = new Label();
        counts.textProperty().bind(editor.documentProperty().map(document -> document.nodes().size() + " tasks · "
                + document.edges().size() + " edges"));
        statusMessage.setId("statusMessage");
        statusMessage.textProperty().bind(editor.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        LayoutStatus layoutBox = new LayoutStatus(layout);
        Label runStatus = new Label();
        runStatus.setId("runStatus");
        runStatus.textProperty().bind(runner.statusProperty());
        HBox bar = new HBox(18, selection, statusMessage, spacer, layoutBox, runStatus, counts, zoom);
        bar.getStyleClass().add("status-bar");
        RepaintAnchor repaintAnchor = new RepaintAnchor();
        bar.getChildren().add(repaintAnchor.node());
        repaintAnchor.follow(runner.stateProperty().isEqualTo(io.github.graflowstudio.debug.DebugState.RUNNING),
                javafx.util.Duration.seconds(1));
        return bar;
    }

    private void showFind() {
        FindPopup.show(canvas, editor);
    }

    /** The root node of the window. */
    public BorderPane root() {
        return root;
    }

    /** The canvas. */
    public GraphCanvas canvas() {
        return canvas;
    }

    /** The bottom tabs (the runner adds its panels here). */
    public TabPane bottomTabs() {
        return bottomTabs;
    }

    /** Live validation. */
    public ProblemsViewModel problems() {
        return problems;
    }

    /** The menus (the runner adds its own). */
    EditorMenus menus() {
        return menus;
    }

    /**
     * Opens the checkpoint inspector on a set (any of its files or its base), checked against
     * the open workflow; "Show on canvas" selects the pending tasks here.
     */
    public void inspect(Path path) {
        io.github.graflowstudio.ui.inspector.InspectorWindow.open(root.getScene().getWindow(), path, dialogs,
                editor::document, ids -> {
                    editor.clearSelection();
                    ids.stream().filter(editor.document()::hasId).forEach(id -> editor.select(id, true));
                    if (!ids.isEmpty() && editor.document().hasId(ids.get(0))) {
                        editor.viewportProperty().set(editor.viewportProperty().get()
                                .centerOn(editor.index().bounds(ids.get(0)).center()));
                    }
                });
    }

    /** The first-run welcome card. */
    public WelcomeCard welcome() {
        return welcome;
    }

    /** The runner and debugger. */
    public RunnerViewModel runner() {
        return runner;
    }

    /** Auto layout. */
    public AutoLayoutViewModel layout() {
        return layout;
    }

    /**
     * Starts the work that waits for the window to show: validating the document (in the background)
     * and painting the canvas's run looks ahead ({@link GraphCanvas#prepareRunLooks}). The
     * shell calls it on the window's first {@code WINDOW_SHOWN}.
     */
    void startDeferredWork() {
        validation.open();
        canvas.prepareRunLooks();
    }

    /** Stops background work. */
    public void dispose() {
        layout.cancel();
        layoutWorker.shutdownNow();
        runner.stop();
        runner.followWindowPulses(false);
        canvas.cancelRunLooks();
        engineThread.shutdownNow();
        background.shutdownNow();
    }
}
