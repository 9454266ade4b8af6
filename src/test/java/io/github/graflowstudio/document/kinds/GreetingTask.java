package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskContext;

/** A task class for the {@code java} kind tests: greets the upstream {@code name} result. */
public class GreetingTask implements TaskBody {
    /** Needed by the java kind. */
    public GreetingTask() {
    }

    @Override
    public Object run(TaskContext context) {
        return "hello " + context.param("name").orElse("nobody");
    }
}
