package io.github.graflowstudio.document.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Progress reports, cancellation and use from several threads. */
class LayoutCancellationTest {
    private final AutoLayoutService service = new AutoLayoutService();

    private static LayoutRequest mediumGraph() {
        return RandomGraphs.generate(new Random(11), 120, 180, 3);
    }

    @Test
    void progressRisesFromZeroToOne() {
        List<Double> reports = new ArrayList<>();

        service.layout(mediumGraph(), () -> false, reports::add);

        assertEquals(0.0, reports.get(0));
        assertEquals(1.0, reports.get(reports.size() - 1));
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) > reports.get(i - 1), "strictly rising: " + reports);
        }
        assertTrue(reports.stream().anyMatch(value -> value > 0.1 && value < 0.9), "ELK reports its steps: " + reports);
    }

    @Test
    void cancelledBeforeTheStartThrowsAtOnce() {
        List<Double> reports = new ArrayList<>();

        LayoutCancelledException cancelled = assertThrows(LayoutCancelledException.class,
                () -> service.layout(mediumGraph(), () -> true, reports::add));

        assertEquals(0.0, cancelled.progressReached());
        assertEquals(List.of(0.0), reports);
        assertInstanceOf(CancellationException.class, cancelled);
        assertEquals("Layout cancelled at 0%", cancelled.getMessage());
    }

    /**
     * ELK takes different paths with and without groups: flat graphs are laid out per connected
     * component with ELK's own cancellation checks, graphs with groups in one hierarchical run.
     */
    @ParameterizedTest(name = "{0} groups")
    @ValueSource(ints = {0, 3})
    void cancelledDuringTheRunStopsEarlyAndProducesNoResult(int groups) {
        LayoutRequest request = RandomGraphs.generate(new Random(11), 120, 180, groups);
        AtomicInteger fullRunReports = new AtomicInteger();
        service.layout(request, () -> false, progress -> fullRunReports.incrementAndGet());
        AtomicBoolean cancel = new AtomicBoolean();
        List<Double> reports = new ArrayList<>();

        LayoutCancelledException cancelled = assertThrows(LayoutCancelledException.class,
                () -> service.layout(request, cancel::get, progress -> {
                    reports.add(progress);
                    if (progress >= 0.3) {
                        cancel.set(true);
                    }
                }));

        assertTrue(cancelled.progressReached() >= 0.3 && cancelled.progressReached() < 0.95,
                "stopped inside the ELK run: " + cancelled.progressReached());
        assertTrue(reports.size() < fullRunReports.get(), reports.size() + " of " + fullRunReports.get() + " steps");
        assertTrue(reports.stream().allMatch(value -> value < 1.0), "never complete: " + reports);
    }

    @Test
    void serviceWorksNormallyAfterACancelledRun() {
        assertThrows(LayoutCancelledException.class, () -> service.layout(mediumGraph(), () -> true, progress -> { }));

        LayoutResult result = service.layout(mediumGraph());

        assertEquals(120, result.nodeBounds().size());
    }

    @Test
    void cancellingFromAnotherThreadStopsABackgroundRun() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            AtomicBoolean cancel = new AtomicBoolean();
            CountDownLatch elkStarted = new CountDownLatch(1);
            Future<LayoutResult> run = background.submit(() -> service.layout(
                    RandomGraphs.generate(new Random(5), 400, 600, 3), cancel::get, progress -> {
                        if (progress > 0.05) {
                            elkStarted.countDown();
                        }
                    }));
            assertTrue(elkStarted.await(60, TimeUnit.SECONDS));

            cancel.set(true);

            ExecutionException failure = assertThrows(ExecutionException.class, () -> run.get(60, TimeUnit.SECONDS));
            assertInstanceOf(LayoutCancelledException.class, failure.getCause());
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void concurrentRunsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<LayoutRequest> requests = new ArrayList<>();
        Random random = new Random(99);
        for (int i = 0; i < 6; i++) {
            requests.add(RandomGraphs.generate(random, 30 + random.nextInt(40), 60, 2));
        }
        List<LayoutResult> sequential = new ArrayList<>();
        for (LayoutRequest request : requests) {
            sequential.add(service.layout(request));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<LayoutResult>> concurrent = new ArrayList<>();
            for (LayoutRequest request : requests) {
                concurrent.add(pool.submit(() -> service.layout(request)));
            }
            for (int i = 0; i < requests.size(); i++) {
                assertEquals(sequential.get(i), concurrent.get(i).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
