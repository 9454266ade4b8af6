package io.github.graflowstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Open Checkpoint… opens the inspector on a Graflow set, checked against the open workflow. */
@ExtendWith(ApplicationExtension.class)
class InspectFromMainWindowUiTest {
    private final StudioFixture fixture = new StudioFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage, WorkflowDocument.of("chain", List.of(WorkflowNode.of("step_1", "echo", Map.of()),
                WorkflowNode.of("step_2", "echo", Map.of()), WorkflowNode.of("step_3", "echo", Map.of())), List.of(),
                List.of()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void openCheckpointFromTheFileMenuShowsItsPendingTasks(FxRobot robot) throws Exception {
        Path set = Path.of(System.getProperty("studio.shared.dir"), "fixtures", "graflow-checkpoints",
                "a1_chain_deferred", "checkpoint.meta.json");
        fixture.dialogs.filesToOpen.add(set);
        int before = Window.getWindows().size();
        robot.clickOn("File").clickOn("#menuOpenCheckpoint");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > before
                && !robot.lookup("#pendingTable").queryAll().isEmpty()
                && !robot.lookup("#pendingTable").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = robot.lookup("#pendingTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        Node inspector = robot.lookup("#inspector").query();
        assertTrue(inspector.getScene().getWindow() != fixture.shell.stage(), "the inspector has its own window");
        assertEquals(fixture.shell.stage().getIcons(), ((Stage) inspector.getScene().getWindow()).getIcons(),
                "the inspector window has the application icons");
    }
}
