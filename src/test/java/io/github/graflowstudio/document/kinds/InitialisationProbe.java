package io.github.graflowstudio.document.kinds;

import io.github.graflowstudio.engine.TaskBody;
import io.github.graflowstudio.engine.TaskContext;
import java.util.concurrent.atomic.AtomicInteger;

/** A task class that counts its static initialisations, to show that validation loads without initialising. */
public class InitialisationProbe implements TaskBody {
    private static final AtomicInteger INITIALISED = Counter.COUNT;

    static {
        INITIALISED.incrementAndGet();
    }

    /** Needed by the java kind. */
    public InitialisationProbe() {
    }

    @Override
    public Object run(TaskContext context) {
        return null;
    }

    /** Holds the counter outside the probed class, so reading it does not initialise the probe. */
    static final class Counter {
        static final AtomicInteger COUNT = new AtomicInteger();

        private Counter() {
        }
    }
}
