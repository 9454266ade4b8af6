package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.DebugState;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.WorkflowEdge;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.compile.CompiledWorkflow;
import io.github.graflowstudio.document.compile.WorkflowCompiler;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.WorkflowEngine;
import io.github.graflowstudio.ui.app.StudioShell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Benchmark (not a test): a run of N trivial tasks (a chain of noop nodes, default 100,000) in the
 * real main window with the runner panels open, against the same run on a bare engine (both
 * include compiling the document). For each of the queue, timeline, log and channel tabs
 * ({@code -Dbench.tabs}) the tab is shown and painted, then run {@code -Dbench.warmups} times
 * (default 1; printed with {@code "warmup":true}, left out of the summary: the JIT compiles that
 * panel's code) and once measured. Prints the run times, their ratio, and the longest gap between
 * two frames (pulses) from the run's start until half a second after the window showed its end
 * (the CPU times cover the same span), then the worst of the measured rounds. The run's time ends
 * when the window shows it finished.
 *
 * <p>Options: {@code -Dbench.profile=true} samples the FX thread; {@code -Dbench.shot=file.png}
 * saves the window at the end; {@code -Dbench.prime=N} first runs an N-task chain through every
 * tab in a second window and closes it (a JVM that has run the debugger before);
 * {@code -Dbench.repaints=N} then forces N whole-window repaints, 300 ms apart, hiding the nodes
 * matching the selectors of {@code -Dbench.hide} halfway (to see what a full repaint costs, with
 * {@code -Djavafx.pulseLogger=true}); {@code -Dbench.idle=ms} samples the idle window that long.
 * Each round's wall-clock span is printed, for matching a flight recording. A first run compared
 * cold with cold: {@code -Dbench.bareOnly=true} times the bare rounds alone and prints the first
 * ({@code bare_first_ms}, the engine's first run in that JVM); {@code -Dbench.bareRounds=0} skips
 * them, so the first debugged round is the JVM's first run of the engine too (its ratio then
 * prints as infinite: divide by another JVM's {@code bare_first_ms}).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseZGC -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=10 \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) -Dglass.platform=Monocle \
 *      -Dmonocle.platform=Headless -Dprism.order=sw io.github.graflowstudio.ui.runner.DebuggerBenchmark 100000
 * </pre>
 *
 * <p>The {@code -XX} options are what the application is launched with ({@code mvn javafx:run}, the
 * app-image). Without {@code -XX:+UseZGC} the JVM's default G1 stops every thread, the FX thread
 * included, to copy the run's live data. The other two run the JIT compilers at nice 10, so that in
 * a fresh JVM they give way to the FX and render threads. As root, add
 * {@code -XX:JavaPriority6_To_OSPriority=0} and the same for 7 to 10: root may raise a thread's
 * priority, an ordinary user may not, and the figures should be an ordinary user's. Also printed:
 * CPU time of the bare run, of the engine, FX and render threads during the debugged run, and the
 * collector's time. {@code -Dbench.gaps=true} lists each
 * frame gap over 50 ms, with how long the FX, render, engine, monitor and JIT compiler threads,
 * ZGC's threads, the after-run collection, the sampler itself (it ran 8-13 ms in each long frame:
 * leave it off for figures) and all other threads together ran and how long they waited for a core
 * during it ({@link ThreadSchedule}, Linux).
 * {@code -Dbench.look=N} pans the canvas N times, 50 ms apart, before the first round (a user
 * looking at the workflow before running it).
 */
public final class DebuggerBenchmark {
    /** Frames are measured from the run's start until this long after the window shows it finished. */
    private static final long AFTER_RUN_NANOS = 500_000_000L;

    private DebuggerBenchmark() {
    }

    static WorkflowDocument chain(int count) {
        List<WorkflowNode> nodes = new ArrayList<>(count);
        List<WorkflowEdge> edges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            nodes.add(WorkflowNode.of("t" + i, "noop", Map.of(), (i % 100) * 200.0, (i / 100) * 80.0));
            if (i > 0) {
                edges.add(WorkflowEdge.of("t" + (i - 1), "t" + i));
            }
        }
        return WorkflowDocument.of("chain of " + count, nodes, edges, List.of()).withStart("t0");
    }

    private static Thread findThread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Selects the bottom tab with this id, so that panel is on screen during the run. */
    private static void showTab(Stage stage, String tabId) {
        for (javafx.scene.Node node : stage.getScene().getRoot().lookupAll(".tab-pane")) {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) node;
            tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        }
    }

    /** CPU nanoseconds of the studio's engine thread so far (0 before it exists). */
    private static long engineCpu(java.lang.management.ThreadMXBean threads) {
        return threadCpu(threads, "studio-engine");
    }

    /** CPU nanoseconds so far of the live threads with this name (0 when there are none). */
    private static long threadCpu(java.lang.management.ThreadMXBean threads, String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
    }

    private static long engineAllocated(java.lang.management.ThreadMXBean threads) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("studio-engine"))
                .mapToLong(thread -> Math.max(0, ((com.sun.management.ThreadMXBean) threads)
                        .getThreadAllocatedBytes(thread.getId()))).sum();
    }

    private static long gcMillis() {
        long total = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }

    /** A sample's stack in short: its top frame and the first frames of the studio and of JavaFX's scene. */
    private static String detail(StackTraceElement[] stack) {
        StringBuilder key = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < stack.length && kept < 6; i++) {
            String cls = stack[i].getClassName();
            if (i == 0 || cls.startsWith("io.github") || cls.startsWith("javafx.scene") || cls.contains("skin")) {
                key.append(cls.substring(cls.lastIndexOf('.') + 1)).append('.').append(stack[i].getMethodName())
                        .append(" < ");
                kept++;
            }
        }
        return key.toString();
    }

    /** Writes a PNG of the window as it is now, with the canvas's zoom and the nodes it drew. */
    private static void saveSnapshot(Stage stage, Path target) throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        Platform.runLater(() -> {
            image[0] = stage.getScene().snapshot(null);
            taken.countDown();
        });
        taken.await();
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image[0].getPixelReader().getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0,
                    width);
            png.setRGB(0, y, width, 1, row, 0, width);
        }
        javax.imageio.ImageIO.write(png, "png", target.toFile());
        System.err.println("snapshot written to " + target);
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        WorkflowDocument document = chain(count);
        double bare = Double.MAX_VALUE;
        double bareFirst = 0; // the engine's first run in this JVM, to set beside the debugger's first
        double bareCpu = Double.MAX_VALUE;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int bareRounds = Integer.getInteger("bench.bareRounds", 5);
        for (int round = 0; round < bareRounds; round++) {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            CompiledWorkflow compiled = new WorkflowCompiler().compile(document);
            ExecutionContext context = ExecutionContext.create(compiled.graph(), "t0", count + 10);
            new WorkflowEngine().execute(context);
            bare = Math.min(bare, (System.nanoTime() - start) / 1e6);
            bareFirst = round == 0 ? (System.nanoTime() - start) / 1e6 : bareFirst;
            bareCpu = Math.min(bareCpu, (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6);
        }
        if (Boolean.getBoolean("bench.bareOnly")) {
            System.out.printf("{\"name\":\"debugger.bare\",\"params\":{\"tasks\":%d},\"bare_ms\":%.1f,\"bare_first_ms\":%.1f}%n",
                    count, bare, bareFirst);
            return;
        }
        long gcBareBefore = gcMillis();
        long allocatedBefore = ((com.sun.management.ThreadMXBean) cpu).getCurrentThreadAllocatedBytes();
        if (bareRounds > 0) {
            CompiledWorkflow once = new WorkflowCompiler().compile(document);
            new WorkflowEngine().execute(ExecutionContext.create(once.graph(), "t0", count + 10));
        }
        System.err.printf("bare run: %d MB allocated, %d ms GC%n",
                (((com.sun.management.ThreadMXBean) cpu).getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20,
                gcMillis() - gcBareBefore);

        BenchWindows windows = BenchWindows.start("debugger-bench");
        StudioShell[] shell = {windows.open(document)};
        Stage[] window = {shell[0].stage()};
        int prime = Integer.getInteger("bench.prime", 0);
        if (prime > 0) {
            WorkflowDocument small = chain(prime);
            StudioShell[] other = {windows.open(small)};
            Thread.sleep(500);
            for (String tab : new String[] {"queueTab", "timelineTab", "logTab", "channelTab"}) {
                CountDownLatch finished = new CountDownLatch(1);
                Platform.runLater(() -> {
                    showTab(other[0].stage(), tab);
                    other[0].window().runner().maxStepsProperty().set(prime + 10);
                    other[0].window().runner().stateProperty().addListener((o, a, b) -> {
                        if (b == DebugState.FINISHED) {
                            finished.countDown();
                        }
                    });
                    other[0].window().runner().run();
                });
                finished.await();
                Thread.sleep(300);
            }
            Platform.runLater(() -> { other[0].dispose(); other[0].stage().close(); });
        }
        Thread.sleep(2000);
        int look = Integer.getInteger("bench.look", 0);
        for (int i = 0; i < look; i++) { // a user looking around the workflow before the first run
            double step = i % 2 == 0 ? 40 : -40;
            Platform.runLater(() -> shell[0].editor().panBy(step, step / 2));
            Thread.sleep(50);
        }
        if (look > 0) {
            Thread.sleep(1000);
        }
        Thread fxThread = findThread("JavaFX Application Thread");
        java.util.Map<String, Integer> samples = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Queue<Object[]> timedSamples = new java.util.concurrent.ConcurrentLinkedQueue<>();
        boolean profile = Boolean.getBoolean("bench.profile");
        Thread sampler = new Thread(() -> {
            while (profile && !Thread.currentThread().isInterrupted()) {
                StackTraceElement[] stack = fxThread.getStackTrace();
                StringBuilder key = new StringBuilder();
                int ours = 0;
                for (int i = 0; i < stack.length && ours < 3; i++) {
                    String cls = stack[i].getClassName();
                    if (i == 0 || cls.startsWith("io.github")) {
                        key.append(cls.substring(cls.lastIndexOf('.') + 1)).append('.').append(stack[i].getMethodName())
                                .append(':').append(stack[i].getLineNumber()).append(" < ");
                        ours += cls.startsWith("io.github") ? 1 : 0;
                    }
                }
                samples.merge(key.toString(), 1, Integer::sum);
                timedSamples.add(new Object[] {System.nanoTime(), fxThread.getState() + " " + detail(stack)});
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ThreadSchedule schedule = Boolean.getBoolean("bench.gaps") ? new ThreadSchedule(3) : null;
        String[] tabs = System.getProperty("bench.tabs", "queueTab,timelineTab,logTab,channelTab").split(",");
        int warmups = Integer.getInteger("bench.warmups", 1);
        List<String> shownTabs = new ArrayList<>();
        for (String tab : tabs) {
            for (int i = 0; i <= warmups; i++) {
                shownTabs.add(tab);
            }
        }
        double worstRatio = 0;
        double worstGap = 0;
        for (int round = 0; round < shownTabs.size(); round++) {
            String shownTab = shownTabs.get(round);
            boolean warmup = round % (warmups + 1) < warmups;
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                showTab(window[0], shownTab);
                shown.countDown();
            });
            shown.await();
            Thread.sleep(500); // the panel is open and painted before the run starts
            // like a user who looks at a run's results for a moment: the collection the runner
            // starts after a big run is over before the next run (JMH's -gc does the same)
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals(AfterRunCollection.THREAD_NAME)) {
                    thread.join(5_000);
                }
            }
            long[] frames = new long[200_000];
            int[] frameCount = {0};
            CountDownLatch done = new CountDownLatch(1);
            long[] runStart = {0};
            long[] runEnd = {0};
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long fxCpuBefore = threads.getThreadCpuTime(fxThread.getId());
            Thread renderThread = findThread("QuantumRenderer-0");
            long renderCpuBefore = threads.getThreadCpuTime(renderThread.getId());
            long engineCpuBefore = engineCpu(threads);
            long monitorCpuBefore = threadCpu(threads, "studio-run-monitor");
            long engineAllocatedBefore = engineAllocated(threads);
            long gcBefore = gcMillis();
            Platform.runLater(() -> {
                AnimationTimer timer = new AnimationTimer() {
                    private long finishedAt;

                    @Override
                    public void handle(long now) {
                        if (frameCount[0] < frames.length) {
                            frames[frameCount[0]++] = System.nanoTime();
                        }
                        if (finishedAt == 0 && shell[0].window().runner().stateProperty().get() == DebugState.FINISHED) {
                            finishedAt = System.nanoTime();
                            runEnd[0] = finishedAt;
                        }
                        if (finishedAt != 0 && System.nanoTime() - finishedAt > AFTER_RUN_NANOS) {
                            stop();
                            done.countDown();
                        }
                    }
                };
                shell[0].window().runner().maxStepsProperty().set(count + 10);
                runStart[0] = System.nanoTime();
                shell[0].window().runner().run();
                timer.start();
            });
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the debugged run did not finish");
            }
            double debugged = (runEnd[0] - runStart[0]) / 1e6;
            java.time.Instant endedAt = java.time.Instant.now().minusNanos(System.nanoTime() - runEnd[0]);
            System.err.printf("round %d (%s%s) ran from %s to %s%n", round, shownTab, warmup ? ", warm-up" : "",
                    endedAt.minusNanos((long) (debugged * 1e6)), endedAt);
            double fxCpu = (threads.getThreadCpuTime(fxThread.getId()) - fxCpuBefore) / 1e6;
            long gc = gcMillis() - gcBefore;
            double renderCpu = (threads.getThreadCpuTime(renderThread.getId()) - renderCpuBefore) / 1e6;
            double engineCpu = (engineCpu(threads) - engineCpuBefore) / 1e6;
            // the monitor thread may have ended (idle) and started again: then its old time is gone
            double monitorCpu = Math.max(0, threadCpu(threads, "studio-run-monitor") - monitorCpuBefore) / 1e6;
            System.err.printf("debugged run: engine thread allocated %d MB%n",
                    (engineAllocated(threads) - engineAllocatedBefore) >> 20);
            double[] gaps = new double[Math.max(0, frameCount[0] - 1)];
            for (int i = 1; i < frameCount[0]; i++) {
                gaps[i - 1] = (frames[i] - frames[i - 1]) / 1e6;
            }
            if (Boolean.getBoolean("bench.gaps")) {
                long offset = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
                for (int i = 1; i < frameCount[0]; i++) {
                    double gap = (frames[i] - frames[i - 1]) / 1e6;
                    if (gap > 50) {
                        System.err.printf("gap %.1f ms from %s (%.0f ms after the run started)%n", gap,
                                java.time.Instant.ofEpochMilli((frames[i - 1] + offset) / 1_000_000L),
                                (frames[i - 1] - runStart[0]) / 1e6);
                        System.err.println("    " + schedule.during(frames[i - 1], frames[i]));
                        java.util.Map<String, Integer> during = new java.util.TreeMap<>();
                        for (Object[] sample : timedSamples) {
                            long at = (Long) sample[0];
                            if (at >= frames[i - 1] && at <= frames[i]) {
                                during.merge((String) sample[1], 1, Integer::sum);
                            }
                        }
                        during.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                                .forEach(entry -> System.err.printf("    %3d x %s%n", entry.getValue(), entry.getKey()));
                    }
                }
            }
            Arrays.sort(gaps);
            double max = gaps.length == 0 ? 0 : gaps[gaps.length - 1];
            double p99 = gaps.length == 0 ? 0 : gaps[(int) Math.floor(gaps.length * 0.99)];
            if (!warmup) {
                worstRatio = Math.max(worstRatio, debugged / bare);
                worstGap = Math.max(worstGap, max);
            }
            System.out.printf("{\"name\":\"debugger.run\",\"params\":{\"tasks\":%d,\"round\":%d,\"tab\":\"%s\",\"warmup\":%s},\"bare_ms\":%.1f,"
                    + "\"bare_first_ms\":%.1f,\"debugged_ms\":%.1f,\"ratio\":%.2f,\"frames\":%d,\"max_frame_gap_ms\":%.1f,\"p99_frame_gap_ms\":%.1f,"
                    + "\"bare_cpu_ms\":%.1f,\"engine_cpu_ms\":%.1f,\"monitor_cpu_ms\":%.1f,\"fx_cpu_ms\":%.1f,"
                    + "\"render_cpu_ms\":%.1f,\"gc_ms\":%d,\"load\":%.2f,\"collector\":\"%s\"}%n",
                    count, round, shownTab, warmup, bare, bareFirst, debugged, debugged / bare, frameCount[0], max, p99, bareCpu, engineCpu,
                    monitorCpu, fxCpu, renderCpu, gc,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    String.join("+", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .map(java.lang.management.GarbageCollectorMXBean::getName).toList()));
        }
        int repaints = Integer.getInteger("bench.repaints", 0);
        for (int i = 0; i < repaints; i++) {
            String hide = System.getProperty("bench.hide", "");
            int index = i;
            Platform.runLater(() -> {
                javafx.scene.Parent root = window[0].getScene().getRoot();
                if (index == repaints / 2 && !hide.isEmpty()) {
                    for (String selector : hide.split(",")) {
                        root.lookupAll(selector).forEach(node -> {
                            System.err.println("hiding " + node);
                            node.setVisible(false);
                        });
                    }
                }
                root.setBlendMode(index % 2 == 0 ? javafx.scene.effect.BlendMode.SRC_OVER : null);
            });
            Thread.sleep(300);
        }
        int idle = Integer.getInteger("bench.idle", 0);
        if (idle > 0) {
            samples.clear();
            Thread.sleep(idle);
            samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                    .forEach(entry -> System.err.println("idle fx sample " + entry));
            samples.clear();
        }
        sampler.interrupt();
        if (schedule != null) {
            schedule.stop();
        }
        System.out.printf("{\"name\":\"debugger.summary\",\"params\":{\"tasks\":%d,\"tabs\":%d},\"worst_ratio\":%.2f,"
                + "\"worst_frame_gap_ms\":%.1f}%n", count, tabs.length, worstRatio, worstGap);
        String shot = System.getProperty("bench.shot");
        if (shot != null) {
            saveSnapshot(window[0], Path.of(shot));
        }
        samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(entry -> System.err.println("fx sample " + entry));
        Platform.runLater(() -> shell[0].dispose());
        windows.forget();
        Platform.exit();
        System.exit(0);
    }
}
