package io.github.graflowstudio.engine;

import io.github.graflowstudio.engine.event.RunEvent;
import io.github.graflowstudio.engine.event.RunListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Shared fixtures for engine tests: logging tasks, a fake clock, an event recorder, thread pools. */
final class EngineTestSupport {
    private EngineTestSupport() {
    }

    /** A thread-safe execution log. */
    static final class Log {
        private final List<String> entries = Collections.synchronizedList(new ArrayList<>());

        void add(String entry) {
            entries.add(entry);
        }

        List<String> entries() {
            synchronized (entries) {
                return List.copyOf(entries);
            }
        }

        /** A task that logs its id and returns {@code result}. */
        SimpleTask task(String id, Object result) {
            return Tasks.of(id, context -> {
                add(context.taskId());
                return result;
            });
        }

        /** A task that logs its id, then runs {@code body}. */
        SimpleTask task(String id, TaskBody body) {
            return Tasks.of(id, context -> {
                add(context.taskId());
                return body.run(context);
            });
        }

        /** A task that logs its id and fails with {@code message}. */
        SimpleTask failing(String id, String message) {
            return Tasks.of(id, context -> {
                add(context.taskId());
                throw new IllegalStateException(message);
            });
        }
    }

    /** A clock whose sleeps return at once and are recorded; time advances only by sleeping. */
    static final class FakeClock implements EngineClock {
        private final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());
        private volatile long nanos = 1_000_000_000L;

        @Override
        public double epochSeconds() {
            return 1_700_000_000.0 + nanos / 1e9;
        }

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public synchronized void sleep(long millis) {
            sleeps.add(millis);
            nanos += millis * 1_000_000L;
        }

        List<Long> sleeps() {
            synchronized (sleeps) {
                return List.copyOf(sleeps);
            }
        }
    }

    /** Records every event (thread-safe). */
    static final class Events implements RunListener {
        private final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onEvent(RunEvent event) {
            events.add(event);
        }

        List<RunEvent> all() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        /** Each event as a short line, e.g. {@code TaskStarting a}. */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (RunEvent event : all()) {
                lines.add(describe(event));
            }
            return lines;
        }

        List<String> lines(Predicate<RunEvent> filter) {
            List<String> lines = new ArrayList<>();
            for (RunEvent event : all()) {
                if (filter.test(event)) {
                    lines.add(describe(event));
                }
            }
            return lines;
        }

        <T extends RunEvent> List<T> of(Class<T> type) {
            List<T> matching = new ArrayList<>();
            for (RunEvent event : all()) {
                if (type.isInstance(event)) {
                    matching.add(type.cast(event));
                }
            }
            return matching;
        }
    }

    static String describe(RunEvent event) {
        if (event instanceof RunEvent.RunStarted e) {
            return "RunStarted " + e.startNode();
        } else if (event instanceof RunEvent.TaskQueued e) {
            return "TaskQueued " + e.taskId() + " " + e.queueSize();
        } else if (event instanceof RunEvent.TaskStarting e) {
            return "TaskStarting " + e.taskId() + " #" + e.attempt();
        } else if (event instanceof RunEvent.TaskSucceeded e) {
            return "TaskSucceeded " + e.taskId() + " " + e.result();
        } else if (event instanceof RunEvent.TaskFailed e) {
            return "TaskFailed " + e.taskId() + " #" + e.attempt() + (e.willRetry() ? " retry" : " final");
        } else if (event instanceof RunEvent.TaskRetried e) {
            return "TaskRetried " + e.taskId() + " " + e.retryCount() + "/" + e.maxRetries() + " " + e.delayMillis() + "ms";
        } else if (event instanceof RunEvent.Jump e) {
            return "Jump " + e.fromTaskId() + "->" + e.toTaskId() + " " + e.kind() + (e.newNode() ? " new" : "");
        } else if (event instanceof RunEvent.Terminated e) {
            return "Terminated " + e.taskId();
        } else if (event instanceof RunEvent.Cancelled e) {
            return "Cancelled " + e.taskId();
        } else if (event instanceof RunEvent.GroupStarted e) {
            return "GroupStarted " + e.groupId() + " " + e.members();
        } else if (event instanceof RunEvent.GroupJoined e) {
            return "GroupJoined " + e.groupId() + " ok=" + e.succeeded() + " failed=" + e.failed().keySet()
                    + (e.passed() ? " passed" : " refused");
        } else if (event instanceof RunEvent.CheckpointWritten e) {
            return "CheckpointWritten " + e.path() + " " + e.mode();
        } else if (event instanceof RunEvent.RunFinished e) {
            return "RunFinished " + e.status().wireName() + " " + e.steps();
        }
        throw new AssertionError("unknown event " + event);
    }

    /** A fixed pool of daemon threads. */
    static ExecutorService pool(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "engine-test-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    /** A graph holding the tasks, with edges given as "a>b" strings. */
    static TaskGraph graph(List<? extends Task> tasks, String... edges) {
        TaskGraph graph = new TaskGraph();
        for (Task task : tasks) {
            graph.addNode(task);
        }
        for (String edge : edges) {
            String[] ends = edge.split(">");
            graph.addEdge(ends[0], ends[1]);
        }
        return graph;
    }

    /** A context with a fixed session id (so iteration ids are reproducible). */
    static ExecutionContext context(TaskGraph graph, String start, int maxSteps) {
        return ExecutionContext.builder(graph).sessionId("0123456789abcdef0123456789abcdef").startNode(start)
                .maxSteps(maxSteps).build();
    }

    /** A context with a fixed session id and a fake clock. */
    static ExecutionContext context(TaskGraph graph, String start, int maxSteps, EngineClock clock) {
        return ExecutionContext.builder(graph).sessionId("0123456789abcdef0123456789abcdef").startNode(start)
                .maxSteps(maxSteps).clock(clock).build();
    }
}
