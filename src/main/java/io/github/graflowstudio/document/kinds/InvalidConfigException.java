package io.github.graflowstudio.document.kinds;

import java.util.List;

/**
 * A task could not be made because its config has errors. The message lists them; {@link
 * #problems()} has them one by one. Immutable.
 */
public final class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigProblem> problems;

    /**
     * Makes the exception.
     *
     * @param taskId   the node id
     * @param kind     the kind name
     * @param problems the errors (at least one)
     */
    public InvalidConfigException(String taskId, String kind, List<ConfigProblem> problems) {
        super("node '" + taskId + "' (" + kind + "): " + String.join("; ",
                problems.stream().map(ConfigProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /** The config errors. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
