package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.document.values.JsonValues;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The common part of the built-in kinds: generic validation from the field descriptors (unknown
 * fields, missing required fields, types), then the kind's own checks, and task creation through
 * {@link Tasks#ofKind} with the {@link CycleGuard} when the node sets {@code maxCycles}.
 *
 * <p>Subclasses must be immutable and thread-safe.
 */
public abstract class BaseKind implements TaskKind {
    private final String name;
    private final String description;
    private final List<ConfigField> fields;

    /**
     * Makes a kind.
     *
     * @param name        the kind name
     * @param description one sentence
     * @param fields      the config fields in form order
     */
    protected BaseKind(String name, String description, List<ConfigField> fields) {
        this.name = name;
        this.description = description;
        this.fields = List.copyOf(fields);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ConfigField> fields() {
        return fields;
    }

    @Override
    public final List<ConfigProblem> validate(Map<String, Object> config) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String key : config.keySet()) {
            if (field(key).isEmpty()) {
                problems.add(ConfigProblem.warning(key, "unknown field '" + key + "' (kind '" + name + "' has "
                        + (fields.isEmpty() ? "no fields" : fields.stream().map(ConfigField::name).toList()) + ")"));
            }
        }
        boolean typesOk = true;
        for (ConfigField field : fields) {
            Object value = config.get(field.name());
            if (value == null) {
                if (field.required()) {
                    problems.add(ConfigProblem.error(field.name(), "missing field '" + field.name() + "' ("
                            + field.type().description() + ")"));
                    typesOk = false;
                }
            } else if (!field.type().accepts(value)) {
                problems.add(ConfigProblem.error(field.name(), "field '" + field.name() + "' must be "
                        + field.type().description() + ", was " + JsonValues.typeName(value)));
                typesOk = false;
            }
        }
        if (typesOk) {
            checkValues(new ConfigValues(config, fields), problems);
        }
        return List.copyOf(problems);
    }

    /**
     * The kind's own checks, called only when every field has the right type.
     *
     * @param config   the config with defaults
     * @param problems where to add problems
     */
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
    }

    /**
     * The task body for a valid config.
     *
     * @param config the config with defaults
     * @return the body
     */
    protected abstract TaskBody body(ConfigValues config);

    @Override
    public Task createTask(String id, Map<String, Object> config, TaskOptions options) {
        Map<String, Object> frozen = JsonValues.freezeObject(config);
        requireValid(id, frozen);
        TaskBody body = body(new ConfigValues(frozen, fields));
        if (options.maxCycles() != null && enforcesMaxCycles()) {
            body = new CycleGuard(body);
        }
        return Tasks.ofKind(id, name, frozen, body, options);
    }

    /** Throws {@link InvalidConfigException} if the config has errors. */
    protected final void requireValid(String id, Map<String, Object> config) {
        List<ConfigProblem> problems = validate(config);
        if (problems.isEmpty()) {
            return;
        }
        List<ConfigProblem> errors = problems.stream().filter(problem -> !problem.warning()).toList();
        if (!errors.isEmpty()) {
            throw new InvalidConfigException(id, name, errors);
        }
    }

    @Override
    public boolean enforcesMaxCycles() {
        return true;
    }

    /** Adds an error unless {@code min <= value <= max} (absent values are fine). */
    protected static void checkRange(ConfigValues config, String field, long min, long max,
                                     List<ConfigProblem> problems) {
        Long value = config.integer(field);
        if (value != null && (value < min || value > max)) {
            problems.add(ConfigProblem.error(field, "field '" + field + "' must be between " + min + " and " + max
                    + ", was " + value));
        }
    }

    @Override
    public String toString() {
        return "TaskKind[" + name + "]";
    }
}
