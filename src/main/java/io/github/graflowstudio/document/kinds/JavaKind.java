package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.Tasks;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

/**
 * {@code java}: runs a new instance of a class on the class path that implements
 * {@link TaskBody} and has a public no-argument constructor. The task is made with
 * {@link Tasks#ofClass}, so its reference is a class reference a checkpoint can follow. Classes
 * are looked up without being initialised while validating. Immutable and thread-safe.
 *
 * <p>A class task's body cannot be wrapped, so {@code maxCycles} on a {@code java} node only
 * limits {@code next_iteration} (as in the engine), not edge cycles.
 */
final class JavaKind extends BaseKind {
    private final ClassLoader loader;

    JavaKind(ClassLoader loader) {
        super("java", "Runs a Java class that implements io.github.graflowstudio.engine.TaskBody.", List.of(
                ConfigField.required("class", FieldType.CLASS_NAME,
                        "Fully qualified name of a public class with a public no-argument constructor that "
                                + "implements io.github.graflowstudio.engine.TaskBody.")));
        this.loader = loader;
    }

    @Override
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
        String name = config.string("class");
        try {
            load(name);
        } catch (IllegalArgumentException e) {
            problems.add(ConfigProblem.error("class", e.getMessage()));
        }
    }

    @Override
    public Task createTask(String id, Map<String, Object> config, TaskOptions options) {
        requireValid(id, config);
        return Tasks.ofClass(id, load((String) config.get("class")), options);
    }

    @Override
    protected TaskBody body(ConfigValues config) {
        throw new IllegalStateException("java tasks are made by createTask through Tasks.ofClass");
    }

    @Override
    public boolean enforcesMaxCycles() {
        return false;
    }

    /**
     * Finds the class and checks that it can be a task.
     *
     * @throws IllegalArgumentException naming the class and what is wrong with it
     */
    Class<? extends TaskBody> load(String name) {
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("class '" + name + "' was not found on the class path");
        } catch (LinkageError e) {
            throw new IllegalArgumentException("class '" + name + "' cannot be loaded: " + e);
        }
        String problem = unsuitability(type);
        if (problem != null) {
            throw new IllegalArgumentException("class '" + name + "' " + problem);
        }
        return type.asSubclass(TaskBody.class);
    }

    private static String unsuitability(Class<?> type) {
        if (!TaskBody.class.isAssignableFrom(type)) {
            return "does not implement " + TaskBody.class.getName();
        }
        int modifiers = type.getModifiers();
        if (type.isInterface() || Modifier.isAbstract(modifiers)) {
            return "is abstract";
        }
        if (!Modifier.isPublic(modifiers)) {
            return "is not public";
        }
        if (type.isAnonymousClass() || type.isLocalClass()
                || (type.getEnclosingClass() != null && !Modifier.isStatic(modifiers))) {
            return "must be a top-level or static nested class";
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            return "has no public no-argument constructor";
        } catch (LinkageError | SecurityException e) {
            return "cannot be inspected: " + e;
        }
        return null;
    }
}
