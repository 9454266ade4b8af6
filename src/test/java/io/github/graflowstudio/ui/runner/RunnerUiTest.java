package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.CheckpointReader;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.cli.StudioCommandLine;
import io.github.graflowstudio.debug.DebugState;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.ui.app.StudioFixture;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import io.github.graflowstudio.ui.editor.NodeRunState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The runner panel and debugger through the real controls and shortcuts. */
@ExtendWith(ApplicationExtension.class)
class RunnerUiTest {
    private final StudioFixture fixture = new StudioFixture();

    static WorkflowDocument document() {
        return WorkflowDocument.of("runner ui", List.of(
                        WorkflowNode.of("a", "echo", Map.of("value", 1), 80, 100),
                        WorkflowNode.of("b", "expr", Map.of("expression", "a + 1"), 320, 100),
                        WorkflowNode.of("c", "expr", Map.of("expression", "b * 10"), 560, 100),
                        WorkflowNode.of("flaky", "fail", Map.of("failures", 9, "message", "service down", "value", 0), 80, 300)
                                .withMaxRetries(2)),
                List.of(), List.of()).withEdge("a", "b").withEdge("b", "c").withStart("a");
    }

    @Start
    void start(Stage stage) {
        fixture.start(stage, document());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private EditorViewModel editor() {
        return fixture.shell.editor();
    }

    private RunnerViewModel runner() {
        return fixture.shell.window().runner();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startChoiceListsExactlyTheGraphsNodesAndFollowsRenameAndDelete(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> start = robot.lookup("#startNode").queryAs(ComboBox.class);
        assertEquals(List.of("a", "b", "c", "flaky"), List.copyOf(start.getItems()));
        assertEquals("a", start.getValue());
        robot.interact(() -> editor().select("a", false));
        TextField id = robot.lookup("#propId").queryAs(TextField.class);
        robot.interact(() -> id.setText(""));
        robot.clickOn(id).write("begin").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("begin", "b", "c", "flaky"), List.copyOf(start.getItems()));
        assertEquals("begin", start.getValue());
        robot.clickOn(fixture.centreOf("begin"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("b", "c", "flaky"), List.copyOf(start.getItems()));
        assertEquals(null, start.getValue());
        assertTrue(robot.lookup("#runButton").query().isDisabled(), "no run without a start node");
        robot.clickOn(start).clickOn("c");
        assertEquals("c", runner().startNodes().startProperty().get());
        assertFalse(robot.lookup("#runButton").query().isDisabled());
    }

    @Test
    void theMaxStepsFieldShowsTheLimitTheRunnerUses(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = robot.lookup("#maxSteps").queryAs(Spinner.class);
        robot.interact(() -> runner().maxStepsProperty().set(123_456));
        assertEquals(123_456, spinner.getValue());
        assertEquals("123456", spinner.getEditor().getText());
        robot.interact(() -> spinner.getValueFactory().setValue(77));
        assertEquals(77, runner().maxStepsProperty().get());
    }

    @Test
    void theQueueAndTimelineTablesMakeTheirRowCellsWhenFirstShownAndKeepTheirOwnRows(FxRobot robot) {
        for (String[] tab : new String[][] {{"#queueTab", "#queueTable"}, {"#timelineTab", "#timelineTable"}}) {
            robot.clickOn(tab[0]);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = robot.lookup(tab[1]).queryAs(TableView.class);
            Object own = tab[1].equals("#queueTable") ? runner().snapshots().queue() : runner().rows().timeline();
            assertTrue(table.getItems() == own, tab[1] + " shows the runner's own rows again");
            assertTrue(table.getItems().isEmpty());
            List<javafx.scene.control.IndexedCell<?>> rows = new java.util.ArrayList<>();
            table.lookupAll(".table-row-cell").forEach(node -> rows.add((javafx.scene.control.IndexedCell<?>) node));
            int shown = (int) (table.getHeight() / table.getFixedCellSize());
            assertTrue(rows.size() >= Math.min(shown, 5), tab[1] + " has its row cells before any run: " + rows.size()
                    + " for a table of " + shown + " rows");
            assertTrue(rows.stream().allMatch(row -> row.isEmpty() || !row.isVisible()),
                    "no sample row is left on screen");
            assertTrue(robot.from(table).lookup(".placeholder").tryQuery().map(javafx.scene.Node::isVisible).orElse(false),
                    "the empty table's placeholder shows");
        }
    }

    @Test
    void theWindowStopsPulsingWhenARunEnds(FxRobot robot) throws Exception {
        assertTrue(runner().pacer().followsPulses(), "the window's runner lets late frames go first");
        java.util.List<Boolean> pulsingAtTheEnd = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> runner().stateProperty().addListener((obs, old, now) -> {
            if (now == DebugState.FINISHED) {
                pulsingAtTheEnd.add(runner().pacer().isPulsing());
            }
        }));
        robot.clickOn(fixture.centreOf("c"));
        robot.type(KeyCode.F5);
        await(() -> runner().stateProperty().get() == DebugState.FINISHED);
        assertEquals(List.of(false), pulsingAtTheEnd, "the pulses stop as the run ends, not only after a quiet spell");
        java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> fixture.shell.stage().getScene().addPreLayoutPulseListener(pulses::incrementAndGet));
        Thread.sleep(700); // the run's last updates and notifications settle
        // Any animation in the JVM pulses every scene, and some end by themselves after seconds (a
        // tooltip's show and hide timers, for one): one idle second within eight is asked for. A
        // window kept pulsing by the run never has one (it failed with 62 pulses a second).
        List<Integer> perSecond = new java.util.ArrayList<>();
        do {
            int before = pulses.get();
            Thread.sleep(1000);
            perSecond.add(pulses.get() - before);
        } while (perSecond.get(perSecond.size() - 1) >= 10 && perSecond.size() < 8);
        assertTrue(perSecond.get(perSecond.size() - 1) < 10, "pulses in each second after a run: " + perSecond);
    }

    @Test
    void breakpointRunStepAndContinueWithTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn(fixture.centreOf("b"));
        robot.type(KeyCode.F9);
        assertTrue(editor().decorationsProperty().get().breakpoints().contains("b"));
        assertTrue(robot.lookup("#repaintAnchor").tryQuery().isPresent(), "the window has its repaint anchor");
        robot.type(KeyCode.F5);
        await(() -> runner().stateProperty().get() == DebugState.PAUSED);
        assertEquals("b", runner().pauseProperty().get().taskId());
        robot.clickOn("#queueTab");
        @SuppressWarnings("unchecked")
        TableView<QueueRow> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        assertEquals(List.of("b"), queue.getItems().stream().map(QueueRow::taskId).toList());
        assertEquals(NodeRunState.PAUSED_HERE, editor().decorationsProperty().get().runStates().get("b"));
        assertEquals(NodeRunState.SUCCEEDED, editor().decorationsProperty().get().runStates().get("a"));

        robot.type(KeyCode.F10);
        await(() -> runner().stateProperty().get() == DebugState.PAUSED && "c".equals(runner().pauseProperty().get().taskId()));
        assertEquals(List.of("c"), queue.getItems().stream().map(QueueRow::taskId).toList());
        assertEquals(NodeRunState.SUCCEEDED, editor().decorationsProperty().get().runStates().get("b"));

        robot.clickOn("#channelTab");
        javafx.scene.control.TreeTableView<?> channel = robot.lookup("#channelTree").queryAs(javafx.scene.control.TreeTableView.class);
        assertTrue(shownTexts(channel).contains("a.__result__"), "the channel tab shows the paused run's values: "
                + shownTexts(channel));
        robot.clickOn("#queueTab");

        robot.type(KeyCode.F8);
        await(() -> runner().stateProperty().get() == DebugState.FINISHED);
        Map<String, NodeRunState> states = editor().decorationsProperty().get().runStates();
        assertEquals(NodeRunState.SUCCEEDED, states.get("c"));
        assertEquals(NodeRunState.SKIPPED, states.get("flaky"));
        assertTrue(queue.getItems().isEmpty());
        assertTrue(robot.lookup("#runStatus").queryLabeled().getText().contains("completed"));
    }

    @Test
    void failingNodeShowsItsRetriesAndError(FxRobot robot) throws Exception {
        robot.interact(() -> runner().startNodes().startProperty().set("flaky"));
        robot.clickOn("#runButton");
        await(() -> runner().stateProperty().get() == DebugState.FINISHED);
        robot.clickOn("#timelineTab");
        @SuppressWarnings("unchecked")
        TableView<TimelineEntry> timeline = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertEquals(List.of("retry", "retry", "error"), timeline.getItems().stream().map(TimelineEntry::outcome).toList());
        assertEquals(NodeRunState.FAILED, editor().decorationsProperty().get().runStates().get("flaky"));
        assertEquals(3, editor().decorationsProperty().get().runCounts().get("flaky"));
        List<String> shown = shownTexts(timeline);
        assertTrue(shown.contains("flaky") && shown.contains("retry") && shown.contains("error"), shown.toString());
        assertTrue(timeline.lookupAll(".table-cell").stream()
                        .allMatch(cell -> ((javafx.scene.control.Labeled) cell).getText() == null),
                "the cells show their text in their own Text node, never in the label");
        robot.clickOn("#logTab");
        assertTrue(robot.lookup("#logList").queryListView().getItems().stream()
                .anyMatch(entry -> ((LogEntry) entry).message().contains("service down")));
        javafx.scene.control.ListView<?> log = robot.lookup("#logList").queryListView();
        javafx.scene.control.ListCell<?> failure = log.lookupAll(".list-cell").stream()
                .map(cell -> (javafx.scene.control.ListCell<?>) cell)
                .filter(cell -> cell.getItem() instanceof LogEntry entry && entry.level().equals("error"))
                .findFirst().orElseThrow();
        assertTrue(failure.getStyleClass().contains("problem-error"));
        javafx.scene.text.Text failureText = (javafx.scene.text.Text) failure.getGraphic();
        assertTrue(failureText.getText().contains("service down"), failureText.getText());
        assertEquals(failure.getTextFill(), failureText.getFill(), "the error colour of the style sheet reaches the text");
        assertFalse(failure.getTextFill().equals(log.lookupAll(".list-cell").stream()
                .map(cell -> (javafx.scene.control.ListCell<?>) cell)
                .filter(cell -> cell.getItem() instanceof LogEntry entry && entry.level().equals("info"))
                .findFirst().orElseThrow().getTextFill()), "an error line is coloured apart from an info line");
        assertTrue(robot.lookup("#runStatus").queryLabeled().getText().contains("failed"));
        assertEquals(null, timeline.getScene(), "a panel behind another tab is out of the scene");

        robot.clickOn("#timelineTab");
        assertEquals(robot.lookup("#timelineTable").queryAs(TableView.class), timeline, "the same table comes back");
        assertEquals(3, timeline.getItems().size());

        robot.clickOn("#logTab");
        robot.interact(() -> log.getSelectionModel().select(0));
        assertTrue(robot.lookup("#logDetail").queryAs(javafx.scene.control.TextArea.class).getText().contains("service down"));
        // what a run's first rows do when they come with its first publish (a quick run): replace the last run's
        robot.interact(() -> runner().rows().log().setAll(List.of(new LogEntry(1, "other", "info", "a new run", null),
                new LogEntry(2, "other", "info", "its second line", null))));
        assertEquals(null, log.getSelectionModel().getSelectedItem(),
                "no line of the new run is selected in place of the old one");
        assertEquals("", robot.lookup("#logDetail").queryAs(javafx.scene.control.TextArea.class).getText());
    }

    /** The strings of the Text nodes the run's cells draw, in scene order. */
    private static List<String> shownTexts(javafx.scene.Parent panel) {
        return panel.lookupAll("." + TextCells.TEXT_STYLE_CLASS).stream()
                .map(node -> ((javafx.scene.text.Text) node).getText()).filter(text -> !text.isEmpty()).toList();
    }

    @Test
    void checkpointNowWritesASetThatInspectReadsWithoutErrorFlags(FxRobot robot) throws Exception {
        robot.interact(() -> runner().toggleBreakpoint("c"));
        robot.clickOn("#runButton");
        await(() -> runner().stateProperty().get() == DebugState.PAUSED);
        robot.clickOn("#checkpointButton");
        WaitForAsyncUtils.waitForFxEvents();
        Path folder = fixture.folder.resolve("checkpoints");
        Path meta;
        try (Stream<Path> files = Files.walk(folder)) {
            meta = files.filter(file -> file.toString().endsWith(".meta.json")).findFirst().orElseThrow();
        }
        CheckpointInspection inspection = CheckpointReader.read(meta);
        assertFalse(inspection.hasErrors(), inspection.flags().toString());
        assertEquals(List.of("c"), inspection.pendingTaskIds());
        StringWriter out = new StringWriter();
        int code = StudioCommandLine.execute(new String[] {"inspect", meta.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code, out.toString());
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        await(() -> runner().stateProperty().get() == DebugState.FINISHED);
        assertEquals(List.of("c"), runner().lastContext().queue().pendingIds(), "stop leaves the next task pending");
    }
}
