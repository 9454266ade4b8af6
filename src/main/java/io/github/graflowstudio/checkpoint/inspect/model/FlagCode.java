package io.github.graflowstudio.checkpoint.inspect.model;

import static io.github.graflowstudio.checkpoint.inspect.model.Severity.ERROR;
import static io.github.graflowstudio.checkpoint.inspect.model.Severity.INFO;
import static io.github.graflowstudio.checkpoint.inspect.model.Severity.WARNING;

/**
 * Every flag the inspector raises, with its fixed severity and a default hint, as listed in
 * {@code checkpoint-inspection.md}. {@link #UNEXPECTED_FIELD} is this inspector's own addition for
 * JSON that parses but has the wrong shape. Immutable and thread-safe.
 */
public enum FlagCode {
    PKL_MISSING(ERROR, "Python Graflow cannot resume without the .pkl; restore it from the same run."),
    STATE_MISSING(ERROR, "The queue and completed tasks live in .state.json; restore it from the same run."),
    META_MISSING(ERROR, "The meta file is written last: the set was probably written only in part."),
    CONTEXT_MISSING(ERROR, "Studio sets need .context.json (graph, channel); the set was probably written only in"
            + " part."),
    PKL_INVALID(ERROR, "The pickle is damaged or not a pickle; restore it from the same run."),
    STATE_INVALID_JSON(ERROR, "Fix or restore .state.json; the position of the problem is given."),
    META_INVALID_JSON(ERROR, "Fix or restore .meta.json; the position of the problem is given."),
    CONTEXT_INVALID_JSON(ERROR, "Fix or restore .context.json; the position of the problem is given."),
    STATE_NOT_UTF8(ERROR, "The file must be UTF-8; it was probably damaged or re-encoded by an editor."),
    META_NOT_UTF8(ERROR, "The file must be UTF-8; it was probably damaged or re-encoded by an editor."),
    CONTEXT_NOT_UTF8(ERROR, "The file must be UTF-8; it was probably damaged or re-encoded by an editor."),
    STATE_NOT_AN_OBJECT(ERROR, "The top level of .state.json must be a JSON object."),
    META_NOT_AN_OBJECT(ERROR, "The top level of .meta.json must be a JSON object."),
    CONTEXT_NOT_AN_OBJECT(ERROR, "The top level of .context.json must be a JSON object."),
    NONSTANDARD_JSON_NUMBERS(WARNING, "Python writes NaN/Infinity; other JSON tools may refuse the file."),
    INT_BEYOND_INT64(WARNING, "Kept exactly here, but tools with 64-bit integers will round or refuse it."),
    SESSION_MISMATCH(ERROR, "The files come from different runs; use files written together."),
    STEPS_MISMATCH(ERROR, "The files come from different checkpoints; use files written together."),
    START_NODE_MISMATCH(ERROR, "The files come from different workflows or runs; use files written together."),
    BACKEND_MISMATCH(WARNING, "State and meta name different backends; resume uses the state's."),
    CHECKPOINT_ID_INCONSISTENT(WARNING, "The id should be <session_id>_<steps>_<unix time>; the meta may be edited."),
    SCHEMA_VERSION_UNKNOWN(WARNING, "Written by another version; fields may be missing or mean something else."),
    BRANCH_CONTEXT_CHECKPOINT(WARNING, "Taken inside a parallel-group branch: it holds the branch, not the workflow."),
    NOTHING_TO_RESUME(WARNING, "Resuming will finish at once; the run had already ended or was empty."),
    RESUMES_MID_TASK(INFO, "That task runs again from its start: its side effects repeat."),
    FEEDBACK_PENDING(INFO, "The run was waiting for human feedback; provide it before resuming."),
    DUPLICATE_PENDING(WARNING, "Without a join the task will run once per queued copy."),
    PENDING_ALREADY_COMPLETED(INFO, "Normal for loops; otherwise the task will run a second time."),
    ITERATION_TASK_PENDING(INFO, "An iteration of a loop; it resumes from the base task's definition."),
    CYCLE_KEY_NOT_A_LISTED_TASK(INFO, "Counters of tasks not in this set are kept but do not run anything."),
    RETRY_RECORDED(INFO, "The task has failed before; the last error is shown."),
    RETRY_EXHAUSTED(WARNING, "No retries are left: the next failure ends the run."),
    NON_READY_PENDING_STATUS(WARNING, "Resume treats the entry as ready and runs it again."),
    UNKNOWN_PENDING_STATUS(ERROR, "Use ready, running, success or error."),
    ODD_TASK_IDS(INFO, "Ids are shown with invisible characters made visible; check they are intended."),
    IDS_COLLIDE_AFTER_NFC(WARNING, "The ids look the same but differ in Unicode form; rename one."),
    PICKLE_UNSAFE_GLOBAL(WARNING, "Only load the pickle in Python if you trust where it came from."),
    OLD_FORMAT(INFO, "Written by Graflow 61256fd; HEAD loads the ids only."),
    COMPLETED_ORDER_UNRELIABLE(INFO, "The old writer stored a set: completed tasks are in no particular order."),
    OLD_TASK_DATA_MISSING(WARNING, "The task could not be serialised; resume falls back to a bare placeholder task."),
    OLD_REFERENCE_UNRESOLVABLE(WARNING, "Move the function to module level in an importable module."),
    OLD_PICKLE_PAYLOAD(INFO, "An embedded cloudpickle payload: opaque here, only walked, never loaded."),
    OLD_PICKLE_PAYLOAD_INVALID(ERROR, "The payload cannot be loaded; resume falls back to a placeholder task."),
    OLD_STRATEGY_MISMATCH(WARNING, "The entry and its task_data disagree; the task_data strategy is tried."),
    OLD_UNKNOWN_STRATEGY(ERROR, "Known strategies are reference, pickle and source."),
    NON_SERIALIZABLE_TASK(ERROR, "Register the task as a task kind or a TaskBody class so that it can be referenced."),
    NON_SERIALIZABLE_VALUE(ERROR, "Store JSON-friendly values in the channel, or recreate this one after resume."),
    TASK_NOT_IN_GRAPH(ERROR, "Resume fails on this id: add the task to the workflow or drop the entry."),
    GRAPH_DRIFT(WARNING, "The workflow changed since the checkpoint; resume uses the open workflow's tasks."),
    UNEXPECTED_FIELD(WARNING, "A field has a JSON type other than the format's; it is shown as found.");

    private final Severity severity;
    private final String hint;

    FlagCode(Severity severity, String hint) {
        this.severity = severity;
        this.hint = hint;
    }

    /** The fixed severity of the code. */
    public Severity severity() {
        return severity;
    }

    /** The default hint: how to fix or what to expect. */
    public String hint() {
        return hint;
    }

    /** Whether only legacy ({@code graflow-legacy}) sets raise the code. */
    public boolean legacyOnly() {
        return name().startsWith("OLD_") || this == COMPLETED_ORDER_UNRELIABLE;
    }

    /** {@code STATE_MISSING}, {@code META_MISSING}, ... for a file. */
    public static FlagCode missing(CheckpointFile file) {
        return switch (file) {
            case STATE -> STATE_MISSING;
            case META -> META_MISSING;
            case PKL -> PKL_MISSING;
            case CONTEXT -> CONTEXT_MISSING;
        };
    }
}
