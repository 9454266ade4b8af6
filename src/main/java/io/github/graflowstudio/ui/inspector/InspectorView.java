package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.ui.app.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector's content: a toolbar (Open…, Check again, Diff with…, Export JSON, Export
 * Markdown, Show on canvas, load progress with Cancel), the overview with the worst-severity badge,
 * the tabs Pending, Flags, Pickle, Context and Raw, the details of the selected entry, and a
 * status line. FX thread only.
 */
public final class InspectorView extends BorderPane {
    private final InspectorViewModel model;
    private final DialogService dialogs;
    private final Supplier<WorkflowDocument> openWorkflow;
    private final Consumer<List<String>> showOnCanvas;
    private final TabPane tabs = new TabPane();
    private final PendingPane pending;
    private Consumer<Path> onDiff = path -> { };

    /**
     * An inspector view.
     *
     * @param model        the view model
     * @param dialogs      file choosers, errors and notices
     * @param openWorkflow the document open in the editor, or a supplier of {@code null}
     * @param showOnCanvas selects task ids on the main window's canvas
     */
    public InspectorView(InspectorViewModel model, DialogService dialogs, Supplier<WorkflowDocument> openWorkflow,
                         Consumer<List<String>> showOnCanvas) {
        this.model = model;
        this.dialogs = dialogs;
        this.openWorkflow = openWorkflow;
        this.showOnCanvas = showOnCanvas;
        setId("inspector");
        getStyleClass().add("inspector");
        this.pending = new PendingPane(model);
        Tab pendingTab = tab("tabPending", "Pending", pending);
        pendingTab.textProperty().bind(Bindings.size(model.pending().rows()).asString("Pending (%,d)"));
        Tab flagsTab = tab("tabFlags", "Flags", new FlagsPane(model,
                () -> tabs.getSelectionModel().select(pendingTab)));
        flagsTab.textProperty().bind(Bindings.createStringBinding(() -> model.inspectionProperty().get() == null
                ? "Flags" : "Flags (" + model.inspectionProperty().get().flags().size() + ")",
                model.inspectionProperty()));
        tabs.getTabs().setAll(pendingTab, flagsTab, tab("tabPickle", "Pickle", new PicklePane(model.pickle())),
                tab("tabContext", "Context", new ContextPane(model.context())),
                tab("tabRaw", "Raw", new RawPane(model.raw())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("inspectorTabs");

        TextArea details = new TextArea();
        details.setId("details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPromptText("Select a pending entry or a flag to see its details, reason and fix.");
        details.textProperty().bind(model.detailsProperty());
        details.getStyleClass().add("inspector-details");
        SplitPane right = new SplitPane(tabs, details);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.74);
        OverviewPane overview = new OverviewPane(model);
        SplitPane center = new SplitPane(overview, right);
        center.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(overview, false);
        setTop(toolBar());
        setCenter(center);
        Label status = new Label();
        status.setId("inspectorStatus");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        setBottom(bar);
        model.failureProperty().addListener((obs, old, now) -> {
            if (now != null) {
                dialogs.showError("Cannot inspect the checkpoint", now);
            }
        });
    }

    /** What "Diff with…" does with the chosen set (the window opens a diff window). */
    public void setOnDiff(Consumer<Path> action) {
        this.onDiff = action;
    }

    /** The pending table. */
    public TableView<PendingRow> pendingTable() {
        return pending.table();
    }

    /** The tabs. */
    public TabPane tabs() {
        return tabs;
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private ToolBar toolBar() {
        BooleanBinding open = model.inspectionProperty().isNotNull();
        Button openButton = button("inspectorOpen", "Open…", "mdi2f-folder-open-outline",
                "Open a checkpoint set (any of its files)", this::chooseAndOpen);
        Button recheck = button("inspectorRecheck", "Check again", "mdi2r-refresh",
                "Inspect the set again, against the workflow open in the editor", this::recheck);
        Button diff = button("inspectorDiff", "Diff with…", "mdi2c-compare-horizontal",
                "Compare this set with another one", this::chooseDiff);
        Button json = button("exportJson", "Export JSON", "mdi2c-code-json",
                "Save the inspect --json report", () -> export(ExportFormat.JSON));
        Button markdown = button("exportMarkdown", "Export Markdown", "mdi2l-language-markdown-outline",
                "Save a Markdown report: summary, files, flags, pending", () -> export(ExportFormat.MARKDOWN));
        Button canvas = button("showOnCanvas", "Show on canvas", "mdi2c-crosshairs-gps",
                "Select the pending tasks in the open workflow", this::showOnCanvas);
        for (Button button : List.of(recheck, diff, json, markdown, canvas)) {
            button.disableProperty().bind(open.not().or(model.loadingProperty()));
        }
        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.progressProperty().bind(model.progressProperty());
        Hyperlink cancel = new Hyperlink("Cancel");
        cancel.setId("cancelLoad");
        cancel.setOnAction(event -> model.cancel());
        HBox loading = new HBox(6, progress, cancel);
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(openButton, recheck, diff, json, markdown, canvas, spacer, loading);
    }

    private static Button button(String id, String text, String icon, String tooltip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private Optional<Path> chooseSet(String title) {
        return dialogs.chooseFileToOpen(title, "Checkpoint files", "*.state.json", "*.meta.json", "*.pkl",
                "*.context.json");
    }

    private void chooseAndOpen() {
        chooseSet("Open checkpoint").ifPresent(path -> model.open(path, WorkflowNodes.of(openWorkflow.get())));
    }

    private void recheck() {
        model.recheck(WorkflowNodes.of(openWorkflow.get()));
    }

    private void chooseDiff() {
        chooseSet("Compare with checkpoint").ifPresent(onDiff);
    }

    private void export(ExportFormat format) {
        String name = model.inspectionProperty().get().base().getFileName() + "-inspection" + format.extension();
        dialogs.chooseFileToSave("Export inspection", name, format.description(), format.pattern()).ifPresent(
                target -> model.export(format, target, dialogs::notify,
                        problem -> dialogs.showError("Export failed", problem)));
    }

    private void showOnCanvas() {
        WorkflowDocument document = openWorkflow.get();
        if (document == null) {
            dialogs.notify("No workflow is open in the editor.");
            return;
        }
        List<String> ids = model.idsToShowOnCanvas(WorkflowNodes.of(document));
        if (ids.isEmpty()) {
            dialogs.notify("None of the pending tasks is in the open workflow.");
            return;
        }
        showOnCanvas.accept(ids);
        dialogs.notify(InspectorFormat.plural(ids.size(), "task", "tasks") + " selected on the canvas.");
    }
}
