package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.TaskBody;
import java.util.List;
import java.util.Map;

/**
 * The small built-in kinds: {@code echo}, {@code noop}, {@code sleep}, {@code fail},
 * {@code terminate} and {@code cancel}. Each nested class is immutable and thread-safe.
 */
final class SimpleKinds {
    private SimpleKinds() {
    }

    /** {@code echo}: the result is the configured {@code value}. */
    static final class Echo extends BaseKind {
        Echo() {
            super("echo", "Returns its configured value.", List.of(
                    ConfigField.optional("value", FieldType.JSON, null, "The result: any JSON value.")));
        }

        @Override
        protected TaskBody body(ConfigValues config) {
            Object value = config.value("value");
            return context -> value;
        }
    }

    /** {@code noop}: does nothing, result {@code null}. */
    static final class Noop extends BaseKind {
        Noop() {
            super("noop", "Does nothing; useful as a start or join point.", List.of());
        }

        @Override
        protected TaskBody body(ConfigValues config) {
            return context -> null;
        }
    }

    /** {@code sleep}: waits {@code millis} (interruptible), result {@code null}. */
    static final class Sleep extends BaseKind {
        static final long MAX_MILLIS = 86_400_000;

        Sleep() {
            super("sleep", "Waits for a number of milliseconds.", List.of(
                    ConfigField.required("millis", FieldType.INTEGER, "How long to wait, in milliseconds (0 to 86400000).")));
        }

        @Override
        protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
            checkRange(config, "millis", 0, MAX_MILLIS, problems);
        }

        @Override
        protected TaskBody body(ConfigValues config) {
            long millis = config.integer("millis");
            return context -> {
                Thread.sleep(millis);
                return null;
            };
        }
    }

    /** {@code fail}: fails the first {@code failures} attempts, then returns {@code value}. */
    static final class Fail extends BaseKind {
        Fail() {
            super("fail", "Fails its first attempts with a message, then returns a value: for trying retries.",
                    List.of(ConfigField.optional("failures", FieldType.INTEGER, 1L,
                                    "How many attempts fail before one succeeds (0 to 1000). Attempts are counted "
                                            + "with the task's retry count, so the behaviour is deterministic."),
                            ConfigField.optional("message", FieldType.STRING, "planned failure",
                                    "The error message of the failing attempts."),
                            ConfigField.optional("value", FieldType.JSON, null,
                                    "The result of the first attempt that succeeds.")));
        }

        @Override
        protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
            checkRange(config, "failures", 0, 1000, problems);
        }

        @Override
        protected TaskBody body(ConfigValues config) {
            long failures = config.integer("failures");
            String message = config.string("message");
            Object value = config.value("value");
            return context -> {
                if (context.retryCount() < failures) {
                    throw new PlannedFailureException(message);
                }
                return value;
            };
        }
    }

    /** {@code terminate}: stops the run normally after this task. */
    static final class Terminate extends BaseKind {
        Terminate() {
            super("terminate", "Stops the workflow normally after this task (queued tasks do not run).",
                    List.of(ConfigField.optional("message", FieldType.STRING, null, "Why the workflow stops.")));
        }

        @Override
        protected TaskBody body(ConfigValues config) {
            String message = config.string("message");
            return context -> {
                context.terminateWorkflow(message);
                return null;
            };
        }

        @Override
        public boolean canEndCycle(Map<String, Object> config) {
            return true;
        }
    }

    /** {@code cancel}: stops the run abnormally after this task. */
    static final class Cancel extends BaseKind {
        Cancel() {
            super("cancel", "Cancels the workflow: the run ends as cancelled and this task does not complete.",
                    List.of(ConfigField.optional("message", FieldType.STRING, null, "Why the workflow is cancelled.")));
        }

        @Override
        protected TaskBody body(ConfigValues config) {
            String message = config.string("message");
            return context -> {
                context.cancelWorkflow(message);
                return null;
            };
        }

        @Override
        public boolean canEndCycle(Map<String, Object> config) {
            return true;
        }
    }
}
