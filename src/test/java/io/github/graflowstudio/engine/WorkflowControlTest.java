package io.github.graflowstudio.engine;

import static io.github.graflowstudio.engine.EngineTestSupport.context;
import static io.github.graflowstudio.engine.EngineTestSupport.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.engine.EngineTestSupport.Log;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Graflow's tests/scenario/test_workflow_control_scenarios.py (8): terminate stops normally after
 * the task (which counts as completed), cancel stops abnormally (the task is not completed), and
 * cancel beats terminate beats goto. In Java a cancelled run returns {@link RunStatus#CANCELLED}
 * with a {@link WorkflowCanceledException} instead of throwing it.
 */
class WorkflowControlTest {

    @Test
    void aCacheHitTerminatesThePipeline() {
        Log log = new Log();
        Map<String, Object> cached = Map.of("result", "cached_value");
        Task checkCache = log.task("check_cache", ctx -> {
            ctx.terminateWorkflow("Cache hit - skipping fetch and transform");
            return cached;
        });
        TaskGraph graph = graph(List.of(checkCache, log.task("fetch_data", "fetched"),
                log.task("transform_data", "transformed"), log.task("load_data", "loaded")),
                "check_cache>fetch_data", "fetch_data>transform_data", "transform_data>load_data");
        ExecutionContext context = context(graph, "check_cache", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.TERMINATED, result.status());
        assertNull(result.error());
        assertEquals(List.of("check_cache"), log.entries());
        assertEquals(List.of("check_cache"), context.completedTasks());
        assertEquals(1, result.steps());
        assertEquals(cached, result.lastResult());
        assertEquals(cached, context.result("check_cache", null));
    }

    @Test
    void aCacheMissRunsTheWholePipeline() {
        Log log = new Log();
        Task checkCache = log.task("check_cache", ctx -> null);
        TaskGraph graph = graph(List.of(checkCache, log.task("fetch_data", "fetched"),
                log.task("transform_data", "transformed")), "check_cache>fetch_data", "fetch_data>transform_data");
        ExecutionContext context = context(graph, "check_cache", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("check_cache", "fetch_data", "transform_data"), log.entries());
        assertEquals(log.entries(), context.completedTasks());
        assertTrue(context.channel().exists("check_cache.__result__"), "a null result is stored too");
    }

    @Test
    void invalidDataCancelsTheWorkflowAndTheTaskIsNotCompleted() {
        Log log = new Log();
        Map<String, Object> invalid = Map.of("value", "invalid");
        Task validate = log.task("validate_input", ctx -> {
            ctx.cancelWorkflow("Data validation failed: invalid format");
            return invalid;
        });
        TaskGraph graph = graph(List.of(validate, log.task("process_data", "processed"),
                log.task("store_result", "stored")), "validate_input>process_data", "process_data>store_result");
        ExecutionContext context = context(graph, "validate_input", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.CANCELLED, result.status());
        WorkflowCanceledException error = assertInstanceOf(WorkflowCanceledException.class, result.error());
        assertEquals("validate_input", error.taskId());
        assertEquals("Workflow canceled by task 'validate_input': Data validation failed: invalid format",
                error.getMessage());
        assertEquals("validate_input", result.failedTaskId());
        assertFalse(context.isCompleted("validate_input"));
        assertEquals(0, result.steps(), "a cancelled task's step is not counted");
        assertEquals(invalid, context.result("validate_input", null), "its result stays in the channel");
        assertEquals(List.of("validate_input"), log.entries());
        assertEquals(List.of(), context.queue().pendingIds());
    }

    @Test
    void validDataLetsTheWorkflowContinue() {
        Log log = new Log();
        Task validate = log.task("validate_input", Map.of("value", "valid"));
        TaskGraph graph = graph(List.of(validate, log.task("process_data", "processed"),
                log.task("store_result", "stored")), "validate_input>process_data", "process_data>store_result");
        ExecutionContext context = context(graph, "validate_input", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("validate_input", "process_data", "store_result"), context.completedTasks());
    }

    @Test
    void aCompletedStatusInTheChannelEndsTheWorkflowEarly() {
        Log log = new Log();
        Task checkStatus = log.task("check_status", ctx -> {
            if ("COMPLETED".equals(ctx.channel().get("workflow_status", "PENDING"))) {
                ctx.terminateWorkflow("Workflow already completed");
                return "already_done";
            }
            return "needs_processing";
        });
        TaskGraph graph = graph(List.of(checkStatus, log.task("process_step1", "step1_done"),
                log.task("process_step2", "step2_done")), "check_status>process_step1", "process_step1>process_step2");

        ExecutionContext done = ExecutionContext.builder(graph).startNode("check_status").maxSteps(10)
                .initialChannel(Map.of("workflow_status", "COMPLETED")).build();
        assertEquals(RunStatus.TERMINATED, new WorkflowEngine().execute(done).status());
        assertEquals(List.of("check_status"), log.entries());
        assertTrue(done.isCompleted("check_status"));

        ExecutionContext pending = ExecutionContext.create(graph, "check_status", 10);
        pending.channel().set("workflow_status", "PENDING");
        assertEquals(RunStatus.COMPLETED, new WorkflowEngine().execute(pending).status());
        assertEquals(List.of("check_status", "check_status", "process_step1", "process_step2"), log.entries());
    }

    @Test
    void aTerminateInTheFirstBranchOfAFanOutStopsEverything() {
        Log log = new Log();
        Task branchA = log.task("branch_a", ctx -> {
            ctx.terminateWorkflow("Branch A completes early");
            return "branch_a_done";
        });
        TaskGraph graph = graph(List.of(log.task("start_task", "started"), branchA, log.task("branch_b", "b"),
                log.task("final_task", "final_done")),
                "start_task>branch_a", "start_task>branch_b", "branch_a>final_task", "branch_b>final_task");
        ExecutionContext context = context(graph, "start_task", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.TERMINATED, result.status());
        assertEquals(List.of("start_task", "branch_a"), log.entries());
        assertEquals(List.of("branch_b"), context.queue().pendingIds(), "tasks left in the queue stay there");
    }

    @Test
    void anIntegrityErrorMidWorkflowCancelsIt() {
        Log log = new Log();
        Task check = log.task("check_integrity", ctx -> {
            ctx.cancelWorkflow("Data integrity check failed - aborting workflow");
            return "integrity_ok";
        });
        TaskGraph graph = graph(List.of(log.task("prepare_data", Map.of("data", "prepared")), check,
                log.task("process_data", "processed"), log.task("finalize", "finalized")),
                "prepare_data>check_integrity", "check_integrity>process_data", "process_data>finalize");
        ExecutionContext context = context(graph, "prepare_data", 10);

        RunResult result = new WorkflowEngine().execute(context);

        assertEquals(RunStatus.CANCELLED, result.status());
        assertTrue(result.errorMessage().toLowerCase(java.util.Locale.ROOT).contains("integrity"));
        assertEquals(List.of("prepare_data"), context.completedTasks());
        assertEquals(List.of("prepare_data", "check_integrity"), log.entries());
        assertEquals(1, result.steps());
    }

    @Test
    void cancelBeatsTerminateAndTerminateBeatsGoto() {
        Log log = new Log();
        Task cancelling = log.task("task_cancel", ctx -> {
            ctx.cancelWorkflow("Canceling");
            ctx.terminateWorkflow("This should not take effect");
            return "done";
        });
        ExecutionContext first = context(graph(List.of(cancelling, log.task("successor_cancel", "done")),
                "task_cancel>successor_cancel"), "task_cancel", 10);
        RunResult cancelled = new WorkflowEngine().execute(first);
        assertEquals(RunStatus.CANCELLED, cancelled.status());
        assertEquals("Workflow canceled by task 'task_cancel': Canceling", cancelled.errorMessage());
        assertFalse(first.isCompleted("task_cancel"));
        assertEquals(List.of("task_cancel"), log.entries());

        Log second = new Log();
        Task terminating = second.task("task_terminate", ctx -> {
            ctx.gotoTask("jump_target");
            ctx.terminateWorkflow("Terminating normally");
            return "done";
        });
        ExecutionContext context = context(graph(List.of(terminating, second.task("successor_terminate", "done"),
                second.task("jump_target", "jumped")), "task_terminate>successor_terminate"), "task_terminate", 10);
        RunResult terminated = new WorkflowEngine().execute(context);
        assertEquals(RunStatus.TERMINATED, terminated.status());
        assertEquals(List.of("task_terminate"), second.entries());
        assertTrue(context.isCompleted("task_terminate"));
        assertEquals(List.of("jump_target"), context.queue().pendingIds(), "the goto target stays queued");
    }
}
