package io.github.graflowstudio.checkpoint;

import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.TaskGraph;
import io.github.graflowstudio.engine.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link CheckpointCrashTest}: writes checkpoint sets at one base in a loop,
 * each one step further, and prints {@code written <steps>} after each complete write.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        Path base = Path.of(args[0]);
        int pending = Integer.parseInt(args[1]);
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("root"));
        for (int i = 0; i < pending; i++) {
            graph.addNode(Tasks.noop("t" + i));
            graph.addEdge("root", "t" + i);
        }
        CheckpointManager manager = new CheckpointManager(base.getParent(), null);
        ExecutionContext context = ExecutionContext.builder(graph).sessionId("crashtest").startNode("root").build();
        for (int i = 0; i < pending; i++) {
            context.enqueue("t" + i);
        }
        for (int step = 1; ; step++) {
            List<String> done = new ArrayList<>();
            done.add("root");
            context.restore(step, done, Map.of("root", 1), Map.of(), Map.of(), 0);
            manager.createCheckpoint(context, base, Map.of("step", step), null);
            System.out.println("written " + context.steps());
            System.out.flush();
        }
    }
}
