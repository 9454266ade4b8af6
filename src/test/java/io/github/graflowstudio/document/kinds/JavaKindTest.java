package io.github.graflowstudio.document.kinds;

import static io.github.graflowstudio.document.Runs.chain;
import static io.github.graflowstudio.document.Runs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.engine.Task;
import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskContext;
import io.github.graflowstudio.engine.TaskOptions;
import io.github.graflowstudio.engine.TaskReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The java kind: class tasks with a class reference, and unsuitable classes named in errors. */
class JavaKindTest {
    private final TaskKind kind = TaskKinds.builtIn().get("java");

    /** Not a valid task class: no public no-argument constructor. */
    public static class NeedsArgument implements TaskBody {
        /** Takes an argument. */
        public NeedsArgument(String ignored) {
        }

        @Override
        public Object run(TaskContext context) {
            return null;
        }
    }

    /** Not a valid task class: abstract. */
    public abstract static class Unfinished implements TaskBody {
    }

    /** Not a valid task class: an inner (non-static) class. */
    public class Inner implements TaskBody {
        @Override
        public Object run(TaskContext context) {
            return null;
        }
    }

    @Test
    void aTaskClassRunsAndIsReferencedByClassName() {
        Task task = kind.createTask("greet", Map.of("class", GreetingTask.class.getName()), TaskOptions.retries(1));
        assertEquals(new TaskReference.ClassReference(GreetingTask.class.getName(), null), task.reference());
        assertEquals(1, task.options().maxRetries());
        Runs.Outcome outcome = Runs.run(chain(node("name", "echo", Map.of("value", "Ada")),
                node("greet", "java", Map.of("class", GreetingTask.class.getName()))));
        assertEquals("hello Ada", outcome.result("greet"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "com.example.NotThere|class 'com.example.NotThere' was not found on the class path",
        "java.lang.Thread|class 'java.lang.Thread' does not implement io.github.graflowstudio.engine.TaskBody",
        "io.github.graflowstudio.document.kinds.JavaKindTest$NeedsArgument|class 'io.github.graflowstudio.document.kinds.JavaKindTest$NeedsArgument' has no public no-argument constructor",
        "io.github.graflowstudio.document.kinds.JavaKindTest$Unfinished|class 'io.github.graflowstudio.document.kinds.JavaKindTest$Unfinished' is abstract",
        "io.github.graflowstudio.document.kinds.JavaKindTest$Inner|class 'io.github.graflowstudio.document.kinds.JavaKindTest$Inner' must be a top-level or static nested class",
        "io.github.graflowstudio.engine.TaskBody|class 'io.github.graflowstudio.engine.TaskBody' is abstract",
    })
    void unsuitableClassesAreValidationErrorsNamingTheClass(String className, String message) {
        assertEquals(List.of(ConfigProblem.error("class", message)), kind.validate(Map.of("class", className)));
        InvalidConfigException error = assertThrows(InvalidConfigException.class,
                () -> kind.createTask("t", Map.of("class", className), TaskOptions.DEFAULTS));
        assertEquals("node 't' (java): " + message, error.getMessage());
    }

    @Test
    void validationDoesNotInitialiseTheClass() {
        assertEquals(List.of(), kind.validate(Map.of("class", InitialisationProbe.class.getName())));
        assertEquals(0, InitialisationProbe.Counter.COUNT.get());
    }
}
