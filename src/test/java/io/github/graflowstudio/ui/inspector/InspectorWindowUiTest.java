package io.github.graflowstudio.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.ui.app.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector window through its real controls: buttons, check boxes, tabs, lists and tables. */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowUiTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<List<String>> shownOnCanvas = new ArrayList<>();
    private WorkflowDocument openDocument;
    private Stage owner;
    private InspectorWindow window;

    @TempDir
    Path folder;

    static Stream<String> fixtureNames() {
        return InspectorSets.fixtureNames().stream();
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 300, 120));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
    }

    /** Opens an empty inspector window, then the set through its Open… button. */
    private InspectorWindow openThroughTheButton(FxRobot robot, Path set) {
        robot.interact(() -> window = InspectorWindow.open(owner, null, dialogs, () -> openDocument,
                shownOnCanvas::add));
        dialogs.filesToOpen.add(set);
        robot.clickOn("#inspectorOpen");
        awaitLoaded(robot);
        return window;
    }

    private void awaitLoaded(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.model().loadMillisProperty().get() >= 0
                    && !window.model().loadingProperty().get() && window.model().channel() != null);
        } catch (java.util.concurrent.TimeoutException slow) {
            throw new AssertionError("the set did not load: " + window.model().statusProperty().get(), slow);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException slow) {
            throw new AssertionError("timed out waiting for " + what, slow);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the rendered cells of a column, in row order. */
    /** Scrolls to the last row; a second pass settles the flow's estimated cell sizes on huge lists. */
    private static void scrollToEnd(FxRobot robot, TableView<?> table) {
        for (int pass = 0; pass < 3; pass++) {
            robot.interact(() -> {
                table.scrollTo(table.getItems().size() - 1);
                table.lookupAll(".scroll-bar").stream()
                        .filter(node -> node instanceof javafx.scene.control.ScrollBar bar
                                && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                        .map(node -> (javafx.scene.control.ScrollBar) node)
                        .forEach(bar -> bar.setValue(bar.getMax()));
                table.layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static List<String> shownColumn(FxRobot robot, String columnId) {
        return robot.lookup("#pendingTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
                .filter(cell -> !cell.isEmpty() && cell.getIndex() >= 0)
                .sorted(Comparator.comparingInt(TableCell::getIndex))
                .map(cell -> (String) cell.getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableRow<PendingRow> shownRow(FxRobot robot, String taskId) {
        return robot.lookup("#pendingTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .map(row -> (TableRow<PendingRow>) row)
                .filter(row -> row.getItem() != null && taskId.equals(row.getItem().taskId()))
                .findFirst().orElseThrow(() -> new AssertionError(taskId + " is not shown"));
    }

    @ParameterizedTest
    @MethodSource("fixtureNames")
    void everySharedSetShowsItsExpectedQueueInOrder(String name, FxRobot robot) {
        openThroughTheButton(robot, InspectorSets.fixture(name));
        assertEquals(InspectorSets.expectedPendingIds(name), shownColumn(robot, "colTaskId"));
        Label badge = robot.lookup("#severityBadge").queryAs(Label.class);
        String worst = InspectorSets.expected(name).get("worst_severity").asText();
        assertTrue(badge.getStyleClass().contains("severity-badge-" + worst), badge.getStyleClass().toString());
        assertTrue(window.stage().getTitle().contains(name), window.stage().getTitle());
    }

    @Test
    void flaggedEntriesOfTheMixedLegacySetStandOutWithTheirReason(FxRobot robot) {
        openThroughTheButton(robot, InspectorSets.fixture("o2_old_mixed_strategies"));
        TableRow<PendingRow> nested = shownRow(robot, "nested_helper_task");
        assertTrue(nested.getStyleClass().contains("inspector-row-warning"), nested.getStyleClass().toString());
        String tooltip = nested.getTooltip().getText();
        assertTrue(tooltip.contains("OLD_REFERENCE_UNRESOLVABLE"), tooltip);
        assertTrue(tooltip.contains("nested function or lambda: not importable as module.name"), tooltip);
        assertTrue(tooltip.contains("Fix: " + FlagCode.OLD_REFERENCE_UNRESOLVABLE.hint()), tooltip);
        TableRow<PendingRow> placeholder = shownRow(robot, "placeholder_task");
        assertTrue(placeholder.getTooltip().getText().contains("points at a bare graflow Task placeholder"));
        TableRow<PendingRow> payload = shownRow(robot, "lambda_task");
        assertTrue(payload.getStyleClass().contains("inspector-row-info"));
        assertTrue(payload.getTooltip().getText().contains("651 bytes"));
        TableRow<PendingRow> clean = shownRow(robot, "step_2");
        assertTrue(clean.getStyleClass().stream().noneMatch(SeverityCells.ROW_CLASSES::contains));
        assertEquals(null, clean.getTooltip());
        TableCell<?, ?> flagsCell = robot.from(nested).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> "colFlags".equals(cell.getTableColumn().getId())).findFirst().orElseThrow();
        assertEquals("OLD_REFERENCE_UNRESOLVABLE", flagsCell.getText());
        assertTrue(((FontIcon) flagsCell.getGraphic()).getStyleClass().contains("severity-icon-warning"));

        robot.moveTo(nested);
        await("the tooltip", () -> nested.getTooltip().isShowing());
    }

    @Test
    void flaggedOnlyAndSearchFilterTheTableAndQueueOrderIsOneClickAway(FxRobot robot) {
        openThroughTheButton(robot, InspectorSets.fixture("o2_old_mixed_strategies"));
        robot.clickOn("#flaggedOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("step_3", "lambda_task", "nested_helper_task", "placeholder_task"),
                shownColumn(robot, "colTaskId"));
        assertEquals("4 of 6 entries", robot.lookup("#pendingCount").queryAs(Label.class).getText());
        robot.clickOn("#flaggedOnly");
        robot.clickOn("#pendingSearch").write("lambda");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lambda_task"), shownColumn(robot, "colTaskId"));
        robot.doubleClickOn("#pendingSearch").eraseText(6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, shownColumn(robot, "colTaskId").size());

        TableView<?> table = window.view().pendingTable();
        robot.clickOn(robot.lookup("#pendingTable .column-header").queryAll().stream()
                .filter(header -> header.getId() != null && header.getId().equals("colTaskId")).findFirst()
                .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lambda_task", "nested_helper_task", "placeholder_task", "step_2", "step_3", "step_4"),
                shownColumn(robot, "colTaskId"));
        robot.clickOn("#queueOrder");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getSortOrder().isEmpty());
        assertEquals(InspectorSets.expectedPendingIds("o2_old_mixed_strategies"), shownColumn(robot, "colTaskId"));
    }

    @Test
    void selectingAFlagSelectsItsEntryAndShowsReasonAndFix(FxRobot robot) {
        openThroughTheButton(robot, InspectorSets.fixture("o2_old_mixed_strategies"));
        robot.clickOn("Flags (6)");
        @SuppressWarnings("unchecked")
        ListCell<FlagListItem> placeholderFlag = robot.lookup("#flagList .list-cell").queryAllAs(ListCell.class)
                .stream().filter(cell -> cell.getItem() != null && !((FlagListItem) cell.getItem()).header()
                        && ((FlagListItem) cell.getItem()).flag().taskId() != null
                        && ((FlagListItem) cell.getItem()).flag().taskId().equals("placeholder_task"))
                .findFirst().orElseThrow();
        robot.clickOn(placeholderFlag);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, window.view().pendingTable().getSelectionModel().getSelectedItem().index());
        String details = robot.lookup("#details").queryTextInputControl().getText();
        assertTrue(details.contains("Reason: pending 'placeholder_task' references"), details);
        assertTrue(details.contains("Fix: "), details);
        robot.doubleClickOn(placeholderFlag);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tabPending", window.view().tabs().getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void garbagePickleStillShowsTheJsonAndThePickleError(FxRobot robot) {
        openThroughTheButton(robot, InspectorSets.fixture("g3_garbage_pkl"));
        assertEquals(List.of("step_3"), shownColumn(robot, "colTaskId"));
        assertEquals("9c14fc51d871471fbadba1c4d1f71f84_2_1795842257",
                robot.lookup("#overview-checkpoint-id").queryAs(Label.class).getText());
        robot.clickOn("Pickle");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#pickleProblem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("Pickle error: does not start with PROTO opcode 0x80 at byte 0", problem.getText());
        robot.clickOn("Raw");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#rawLines .raw-marker").tryQuery().isPresent(), "the error is marked in the dump");
        robot.clickOn("#rawFile").clickOn("checkpoint.state.json (ok)");
        await("the state text", () -> robot.lookup("#rawLines .raw-line-text").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("\"task_id\": \"step_3\"")));
    }

    @Test
    void diffOfTheDeferredAndImmediateChainsShowsTheDifferences(FxRobot robot) {
        openThroughTheButton(robot, InspectorSets.fixture("a1_chain_deferred"));
        dialogs.filesToOpen.add(InspectorSets.fixture("a2_chain_immediate"));
        robot.clickOn("#inspectorDiff");
        await("the diff", () -> window.diffStage() != null && window.diffStage().isShowing()
                && !robot.lookup("#diffSummary").queryAs(Label.class).getText().startsWith("Comparing"));
        String summary = robot.lookup("#diffSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("1 pending removed · step 2 → 1 · resuming — → step_2"), summary);
        @SuppressWarnings("unchecked")
        TableRow<DiffRow> removed = robot.lookup("#diffTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null && ((DiffRow) row.getItem()).section().equals("Pending"))
                .findFirst().orElseThrow();
        assertEquals("step_3", removed.getItem().key());
        assertTrue(removed.getStyleClass().contains("diff-removed"));
        int changes = window.diffView().table().getItems().size();
        robot.clickOn("#diffChangesOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.diffView().table().getItems().size() > changes);
    }

    @Test
    void showOnCanvasHandsThePendingIdsOfTheOpenWorkflowToTheMainWindow(FxRobot robot) throws Exception {
        openDocument = WorkflowDocument.of("open", List.of(WorkflowNode.of("step_2", "echo", Map.of()),
                WorkflowNode.of("step_4", "echo", Map.of()), WorkflowNode.of("other", "echo", Map.of())),
                List.of(), List.of());
        openThroughTheButton(robot, InspectorSets.fixture("o2_old_mixed_strategies"));
        assertEquals(List.of("yes", "NO", "NO", "NO", "NO", "yes"), shownColumn(robot, "colInWorkflow"));
        robot.clickOn("#showOnCanvas");
        assertEquals(List.of(List.of("step_2", "step_4")), shownOnCanvas);
        assertTrue(dialogs.notices.contains("2 tasks selected on the canvas."), dialogs.notices.toString());

        Path report = folder.resolve("report.md");
        dialogs.filesToSave.add(report);
        robot.clickOn("#exportMarkdown");
        await("the report", () -> dialogs.notices.contains("Exported report.md"));
        assertTrue(Files.readString(report).contains("## Pending (6)"));
    }

    @Test
    void aPathThatIsNoCheckpointIsReportedAndCheckAgainUsesTheOpenWorkflow(FxRobot robot) throws Exception {
        openThroughTheButton(robot, InspectorSets.studioSet(folder, "studio"));
        assertEquals(List.of("", "", "", ""), shownColumn(robot, "colInWorkflow"));
        openDocument = WorkflowDocument.of("open", List.of(WorkflowNode.of("a", "echo", Map.of("value", 1))),
                List.of(), List.of());
        robot.clickOn("#inspectorRecheck");
        await("the check against the workflow", () -> !window.model().loadingProperty().get()
                && shownColumn(robot, "colInWorkflow").get(0).equals("yes"));
        assertEquals(List.of("yes", "NO", "NO", "NO"), shownColumn(robot, "colInWorkflow"));
        assertTrue(window.model().inspectionProperty().get().flagCodes().contains(FlagCode.GRAPH_DRIFT));

        dialogs.filesToOpen.add(folder.resolve("nothing.state.json"));
        robot.clickOn("#inspectorOpen");
        await("the error", () -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot inspect the checkpoint: "), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).contains("is not a checkpoint"), dialogs.errors.toString());
    }

    @Test
    void aHundredThousandEntryStudioSetOpensAndScrollsToTheEnd(FxRobot robot) {
        Path base = InspectorSets.largeStudioSet(folder, 100_000, 1_000);
        openThroughTheButton(robot, base);
        long display = window.model().showMillisProperty().get();
        System.out.println("InspectorWindowUiTest: 100,000 studio entries: " + window.model().statusProperty().get());
        TableView<PendingRow> table = window.view().pendingTable();
        assertEquals(100_000, table.getItems().size());
        assertTrue(display < 3_000, "publishing took " + display + " ms");
        scrollToEnd(robot, table);
        List<String> indexes = shownColumn(robot, "colIndex");
        assertTrue(indexes.contains("99999"), "the last row's cell exists: " + indexes);
        List<String> ids = shownColumn(robot, "colTaskId");
        assertTrue(ids.contains("task_000999"), ids.toString());
        TableRow<PendingRow> last = shownRow(robot, "task_000999");
        assertTrue(last.getStyleClass().contains("inspector-row-warning"), "queued 100 times: a duplicate");
        assertEquals("×100", shownColumn(robot, "colCopies").get(0));
    }

    @Test
    void graflowSetsOfTenAndAHundredThousandEntriesAppearQuickly(FxRobot robot) throws Exception {
        openThroughTheButton(robot, InspectorSets.largeGraflowSet(folder.resolve("ten"), 10_000));
        System.out.println("InspectorWindowUiTest: 10,000 Graflow entries: " + window.model().statusProperty().get());
        assertEquals(10_000, window.view().pendingTable().getItems().size());
        assertEquals("task_0", shownColumn(robot, "colTaskId").get(0));
        dialogs.filesToOpen.add(InspectorSets.largeGraflowSet(folder.resolve("hundred"), 100_000));
        robot.clickOn("#inspectorOpen");
        await("the 100,000 entries", () -> window.view().pendingTable().getItems().size() == 100_000
                && !window.model().loadingProperty().get());
        System.out.println("InspectorWindowUiTest: 100,000 Graflow entries: " + window.model().statusProperty().get());
        assertTrue(window.model().showMillisProperty().get() < 3_000);
        scrollToEnd(robot, window.view().pendingTable());
        List<String> ids = shownColumn(robot, "colTaskId");
        assertTrue(ids.contains("task_99999"), "the last row's cell exists: " + ids);
    }
}
