package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.ui.app.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Opens the inspector on a set for a look at it (screenshots under Xvfb): {@code set [tab] [dark]},
 * where set is a fixture name, "studio", "large" or a path. Not a test.
 */
public final class InspectorPreview {
    private InspectorPreview() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "o2_old_mixed_strategies";
        String tab = args.length > 1 ? args[1] : "tabPending";
        boolean dark = args.length > 2 && args[2].equals("dark");
        Path folder = Files.createTempDirectory("inspector-preview");
        long writing = System.nanoTime();
        Path set = switch (which) {
            case "studio" -> InspectorSets.studioSet(folder, "studio");
            case "large" -> InspectorSets.largeStudioSet(folder, 100_000, 1_000);
            default -> Files.exists(Path.of(which)) ? Path.of(which) : InspectorSets.fixture(which);
        };
        System.out.println("set ready in " + (System.nanoTime() - writing) / 1_000_000 + " ms");
        WorkflowDocument open = WorkflowDocument.of("open", List.of(WorkflowNode.of("a", "echo", Map.of("value", 1)),
                WorkflowNode.of("step_2", "echo", Map.of())), List.of(), List.of());
        Platform.startup(() -> {
            Stage owner = new Stage();
            Scene scene = new Scene(new Label("main window"), 200, 100);
            scene.getStylesheets().add(InspectorPreview.class.getResource("/io/github/graflowstudio/ui/theme/"
                    + (dark ? "dark.css" : "light.css")).toExternalForm());
            owner.setScene(scene);
            owner.show();
            InspectorWindow window = InspectorWindow.open(owner, set, new FakeDialogs(), () -> open,
                    ids -> System.out.println("show on canvas " + ids));
            window.stage().setX(0);
            window.stage().setY(0);
            window.model().loadMillisProperty().addListener((obs, old, now) -> {
                System.out.println("loaded in " + window.model().loadMillisProperty().get() + " ms");
                window.view().tabs().getSelectionModel().select(window.view().tabs().getTabs().stream()
                        .filter(t -> t.getId().equals(tab)).findFirst().orElseThrow());
                if (!window.view().pendingTable().getItems().isEmpty()) {
                    window.model().selectedRowProperty().set(window.view().pendingTable().getItems().get(
                            Math.min(3, window.view().pendingTable().getItems().size() - 1)));
                }
                if (args.length > 3) {
                    window.openDiff(Path.of(args[3]).toFile().exists() ? Path.of(args[3]) : InspectorSets.fixture(args[3]));
                }
            });
        });
    }
}
