package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.TaskBody;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code shell}: runs a program from an argument vector ({@code argv}; no shell is involved unless
 * the vector names one), with an optional working directory, extra environment variables and a
 * time limit. The result is stdout without trailing line breaks; a non-zero exit fails the task
 * with the exit code and the end of stderr; a timeout kills the process tree. Immutable and
 * thread-safe.
 */
final class ShellKind extends BaseKind {
    static final long DEFAULT_TIMEOUT_MILLIS = 60_000;

    ShellKind() {
        super("shell", "Runs a program (an argument vector, not a shell string) and returns its output.", List.of(
                ConfigField.required("argv", FieldType.STRING_LIST,
                        "The program and its arguments, e.g. [\"git\", \"status\"]."),
                ConfigField.optional("cwd", FieldType.STRING, null, "Working directory (default: the app's)."),
                ConfigField.optional("env", FieldType.STRING_MAP, null,
                        "Environment variables added to the inherited environment."),
                ConfigField.optional("timeoutMillis", FieldType.INTEGER, DEFAULT_TIMEOUT_MILLIS,
                        "Time limit in milliseconds; the process tree is killed after it.")));
    }

    @Override
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
        List<String> argv = config.strings("argv");
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            problems.add(ConfigProblem.error("argv", "field 'argv' must start with a program name"));
        }
        if (argv.stream().anyMatch(argument -> argument.indexOf('\0') >= 0)) {
            problems.add(ConfigProblem.error("argv", "field 'argv' must not contain NUL characters"));
        }
        String cwd = config.string("cwd");
        if (cwd != null) {
            try {
                Path.of(cwd);
            } catch (InvalidPathException e) {
                problems.add(ConfigProblem.error("cwd", "field 'cwd' is not a valid path: " + e.getMessage()));
            }
        }
        for (String name : config.stringMap("env").keySet()) {
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
                problems.add(ConfigProblem.error("env", "field 'env' has an invalid variable name '" + name + "'"));
            }
        }
        checkRange(config, "timeoutMillis", 1, 86_400_000, problems);
    }

    @Override
    protected TaskBody body(ConfigValues config) {
        String cwd = config.string("cwd");
        Map<String, String> env = config.stringMap("env");
        ProcessRunner runner = new ProcessRunner(config.strings("argv"), cwd == null ? null : Path.of(cwd), env,
                config.integer("timeoutMillis"));
        return context -> runner.run();
    }
}
