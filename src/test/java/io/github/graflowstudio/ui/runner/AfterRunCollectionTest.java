package io.github.graflowstudio.ui.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A collection after big runs only, one at a time. */
class AfterRunCollectionTest {
    @Test
    void collectsAfterABigRunOnlyAndOneAtATime() {
        List<Runnable> started = new ArrayList<>();
        AtomicInteger collections = new AtomicInteger();
        AfterRunCollection collection = new AfterRunCollection(started::add, collections::incrementAndGet);

        assertFalse(collection.runEnded(AfterRunCollection.MIN_STEPS - 1), "a small run: nothing");
        assertTrue(started.isEmpty());
        assertTrue(collection.runEnded(AfterRunCollection.MIN_STEPS));
        assertFalse(collection.runEnded(100_000), "one is already going on");
        assertEquals(1, started.size());

        started.get(0).run();
        assertEquals(1, collections.get());
        assertTrue(collection.runEnded(100_000), "after it ended another may start");
        assertEquals(2, started.size());
    }

    @Test
    void aFailedCollectionDoesNotBlockTheNext() {
        List<Runnable> started = new ArrayList<>();
        AfterRunCollection collection = new AfterRunCollection(started::add, () -> {
            throw new IllegalStateException("collector refused");
        });
        assertTrue(collection.runEnded(50_000));
        try {
            started.get(0).run();
        } catch (IllegalStateException expected) {
            // the thread would end with it; the next big run may still collect
        }
        assertTrue(collection.runEnded(50_000));
    }
}
