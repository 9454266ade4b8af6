package io.github.graflowstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks wait until the executor is opened, then run in order; later tasks go straight through. */
class DeferredExecutorTest {
    private final List<String> ran = new ArrayList<>();
    private final DeferredExecutor executor = new DeferredExecutor(Runnable::run);

    @Test
    void holdsTasksUntilOpenedThenRunsThemInOrder() {
        executor.execute(() -> ran.add("first"));
        executor.execute(() -> ran.add("second"));
        assertEquals(List.of(), ran);
        assertFalse(executor.isOpen());

        executor.open();
        assertEquals(List.of("first", "second"), ran);
        assertTrue(executor.isOpen());

        executor.execute(() -> ran.add("third"));
        assertEquals(List.of("first", "second", "third"), ran);
        executor.open();
        assertEquals(3, ran.size(), "opening again runs nothing twice");
    }
}
