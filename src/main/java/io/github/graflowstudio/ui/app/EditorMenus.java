package io.github.graflowstudio.ui.app;

import static io.github.graflowstudio.ui.app.ActionBuilder.button;
import static io.github.graflowstudio.ui.app.ActionBuilder.item;

import io.github.graflowstudio.document.export.ExportFormat;
import io.github.graflowstudio.ui.editor.AutoLayoutViewModel;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import io.github.graflowstudio.ui.editor.GraphCanvas;
import io.github.graflowstudio.ui.editor.geometry.Point;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The File, Edit, View and Help menus and the toolbar of the editor, each action with its
 * shortcut and enabled only when possible. Clipboard actions go to a focused text field when one
 * has focus, else to the canvas. FX thread only.
 */
final class EditorMenus {
    private final WorkspaceViewModel workspace;
    private final EditorViewModel editor;
    private final GraphCanvas canvas;
    private final DialogService dialogs;
    private final ThemeSwitcher themes;
    private final Runnable find;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Menu extraMenusAnchor = new Menu();
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();

    private final AutoLayoutViewModel layout;

    EditorMenus(WorkspaceViewModel workspace, GraphCanvas canvas, DialogService dialogs, ThemeSwitcher themes,
                Runnable find, AutoLayoutViewModel layout) {
        this.layout = layout;
        this.workspace = workspace;
        this.editor = workspace.editor();
        this.canvas = canvas;
        this.dialogs = dialogs;
        this.themes = themes;
        this.find = find;
        build();
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    private void build() {
        BooleanBinding hasSelection = Bindings.createBooleanBinding(() -> !editor.selection().isEmpty()
                || editor.selectedEdgeProperty().get() != null, editor.selection(), editor.selectedEdgeProperty());
        BooleanBinding hasNodeSelection = Bindings.isNotEmpty(editor.selection());
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("menuNew", "New", "mdi2f-file-outline", "Shortcut+N", workspace::newDocument),
                item("menuOpen", "Open…", "mdi2f-folder-open-outline", "Shortcut+O", workspace::open),
                recentMenu,
                new SeparatorMenuItem(),
                item("menuSave", "Save", "mdi2c-content-save-outline", "Shortcut+S", workspace::save),
                item("menuSaveAs", "Save As…", null, "Shortcut+Shift+S", workspace::saveAs),
                exportMenu(),
                new SeparatorMenuItem(),
                item("menuExit", "Exit", null, "Shortcut+Q", () -> canvas.getScene().getWindow().fireEvent(
                        new javafx.stage.WindowEvent(canvas.getScene().getWindow(),
                                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        recentMenu.setId("menuRecent");
        workspace.recent().files().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();

        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("menuUndo", editor.undoTextProperty(), "mdi2u-undo", "Shortcut+Z", editor::undo, editor.canUndoProperty()),
                item("menuRedo", editor.redoTextProperty(), "mdi2r-redo", "Shortcut+Shift+Z", editor::redo, editor.canRedoProperty()),
                new SeparatorMenuItem(),
                item("menuCut", "Cut", "mdi2c-content-cut", "Shortcut+X", this::cut),
                item("menuCopy", "Copy", "mdi2c-content-copy", "Shortcut+C", this::copy),
                item("menuPaste", "Paste", "mdi2c-content-paste", "Shortcut+V", this::paste),
                item("menuDuplicate", "Duplicate", "mdi2c-content-duplicate", "Shortcut+D", editor::duplicateSelection,
                        hasNodeSelection),
                item("menuDelete", "Delete", "mdi2d-delete-outline", "Delete", this::delete),
                new SeparatorMenuItem(),
                item("menuSelectAll", "Select All", null, "Shortcut+A", this::selectAll),
                item("menuFind", "Find…", "mdi2m-magnify", "Shortcut+F", find),
                new SeparatorMenuItem(),
                item("menuGroup", "Group as Parallel", "mdi2g-group", "Shortcut+G", editor::groupSelection, hasNodeSelection),
                item("menuUngroup", "Ungroup", "mdi2u-ungroup", "Shortcut+Shift+G", editor::ungroupSelection, hasNodeSelection));

        Menu view = new Menu("_View");
        ToggleGroup themeGroup = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("menuThemeLight");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("menuThemeDark");
        light.setToggleGroup(themeGroup);
        dark.setToggleGroup(themeGroup);
        light.setSelected(themes.themeProperty().get() == ThemeSwitcher.Theme.LIGHT);
        dark.setSelected(themes.themeProperty().get() == ThemeSwitcher.Theme.DARK);
        light.setOnAction(event -> themes.themeProperty().set(ThemeSwitcher.Theme.LIGHT));
        dark.setOnAction(event -> themes.themeProperty().set(ThemeSwitcher.Theme.DARK));
        view.getItems().addAll(
                item("menuZoomFit", "Zoom to Fit", "mdi2f-fit-to-page-outline", "Shortcut+0", editor::zoomToFit),
                item("menuZoom100", "Actual Size", null, "Shortcut+1", editor::zoomToActualSize),
                item("menuZoomIn", "Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+Equals", () -> zoom(1.25)),
                item("menuZoomOut", "Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+Minus", () -> zoom(0.8)),
                new SeparatorMenuItem(),
                item("menuAutoLayout", "Auto Layout", "mdi2s-sitemap-outline", "Shortcut+L", layout::start,
                        layout.runningProperty().not()),
                new SeparatorMenuItem(), light, dark);

        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("menuShortcuts", "Keyboard Shortcuts", "mdi2k-keyboard-outline", "F1",
                        () -> ShortcutsDialog.show(canvas.getScene().getWindow(), menuBar)),
                item("menuWelcome", "Welcome", "mdi2g-gesture-tap", null, () -> welcomeAction.run()),
                item("menuAbout", "About Graflow Studio", "mdi2i-information-outline", null,
                        () -> dialogs.notify("Graflow Studio 0.1 — edit, debug and inspect Graflow workflows")));
        menuBar.getMenus().addAll(file, edit, view, help);
        menuBar.setUseSystemMenuBar(true);

        toolBar.getItems().addAll(
                button("toolNew", "mdi2f-file-outline", "New workflow (Ctrl+N)", workspace::newDocument),
                button("toolOpen", "mdi2f-folder-open-outline", "Open a workflow (Ctrl+O)", workspace::open),
                button("toolSave", "mdi2c-content-save-outline", "Save (Ctrl+S)", workspace::save),
                new Separator(),
                button("toolUndo", "mdi2u-undo", "Undo (Ctrl+Z)", editor::undo, editor.canUndoProperty()),
                button("toolRedo", "mdi2r-redo", "Redo (Ctrl+Shift+Z)", editor::redo, editor.canRedoProperty()),
                new Separator(),
                button("toolDelete", "mdi2d-delete-outline", "Delete the selection (Delete)", editor::deleteSelection, hasSelection),
                button("toolGroup", "mdi2g-group", "Group the selection as a parallel group (Ctrl+G)",
                        editor::groupSelection, hasNodeSelection),
                new Separator(),
                button("toolZoomFit", "mdi2f-fit-to-page-outline", "Zoom to fit (Ctrl+0)", editor::zoomToFit),
                button("toolLayout", "mdi2s-sitemap-outline", "Auto layout with ELK (Ctrl+L)", layout::start,
                        layout.runningProperty().not()),
                button("toolFind", "mdi2m-magnify", "Find a task (Ctrl+F)", find));
    }

    private Menu exportMenu() {
        Menu export = new Menu("Export");
        export.setId("menuExport");
        for (ExportFormat format : ExportFormat.values()) {
            String label = switch (format) {
                case MERMAID -> "Mermaid…";
                case DOT -> "Graphviz DOT…";
                case GRAFLOW -> "Graflow Python…";
            };
            export.getItems().add(item("menuExport-" + format.optionName(), label, "mdi2f-file-export-outline", null,
                    () -> exportAs(format)));
        }
        return export;
    }

    private void exportAs(ExportFormat format) {
        String name = editor.document().name().replaceAll("[^A-Za-z0-9._-]+", "_") + format.fileSuffix();
        dialogs.chooseFileToSave("Export " + format.optionName(), name, format.optionName(), "*" + format.fileSuffix())
                .ifPresent(path -> {
                    try {
                        java.nio.file.Files.writeString(path, format.exporter().export(editor.document()));
                        editor.messageProperty().set("Exported " + path.getFileName());
                    } catch (java.io.IOException e) {
                        dialogs.showError("Cannot export " + path.getFileName(), e.getMessage());
                    }
                });
    }

    private Runnable welcomeAction = () -> { };

    /** What Help → Welcome does. */
    void setWelcomeAction(Runnable action) {
        this.welcomeAction = action;
    }

    /** Adds items to the File menu after Save As / Export. */
    void addFileItems(MenuItem... items) {
        Menu file = menuBar.getMenus().get(0);
        int at = file.getItems().indexOf(file.getItems().stream().filter(item -> "menuExport".equals(item.getId()))
                .findFirst().orElseThrow()) + 1;
        file.getItems().add(at++, new SeparatorMenuItem());
        for (MenuItem item : items) {
            file.getItems().add(at++, item);
        }
    }

    /** Adds a menu (Run, Checkpoint) before Help. */
    void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, menu);
    }

    /** Adds toolbar items at the end. */
    void addToolItems(Node... nodes) {
        toolBar.getItems().add(new Separator());
        toolBar.getItems().addAll(nodes);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path path : workspace.recent().files()) {
            MenuItem entry = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            entry.setOnAction(event -> workspace.open(path));
            recentMenu.getItems().add(entry);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void zoom(double factor) {
        var view = editor.viewportProperty().get();
        editor.zoomAround(new Point(view.width() / 2, view.height() / 2), factor);
    }

    private TextInputControl focusedText() {
        Node focus = canvas.getScene() == null ? null : canvas.getScene().getFocusOwner();
        return focus instanceof TextInputControl text ? text : null;
    }

    private void cut() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.cut();
            return;
        }
        putOnClipboard(editor.cutSelection());
    }

    private void copy() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.copy();
            return;
        }
        putOnClipboard(editor.copySelection());
    }

    private void paste() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.paste();
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            editor.paste(clipboard.getString());
        }
    }

    private void delete() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.deleteNextChar();
            return;
        }
        editor.deleteSelection();
    }

    private void selectAll() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.selectAll();
            return;
        }
        editor.selectAll();
    }

    private static void putOnClipboard(String json) {
        if (json != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(json);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
