package io.github.graflowstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class FxEventPumpTest {

    @Test
    void eventsPostedBeforeAPulseArriveAsOneBatchInOrder() {
        ArrayDeque<Runnable> pulses = new ArrayDeque<>();
        List<List<Integer>> batches = new ArrayList<>();
        FxEventPump<Integer> pump = new FxEventPump<>(batches::add, pulses::add, 1000);
        for (int i = 0; i < 500; i++) {
            pump.post(i);
        }
        assertEquals(1, pulses.size(), "only one drain is scheduled however many events arrive");
        pulses.poll().run();
        assertEquals(1, batches.size());
        assertEquals(500, batches.get(0).size());
        assertEquals(499, batches.get(0).get(499));
        pump.post(7);
        pulses.poll().run();
        assertEquals(List.of(7), batches.get(1));
    }

    @Test
    void oversizedBacklogIsSpreadOverSeveralPulses() {
        ArrayDeque<Runnable> pulses = new ArrayDeque<>();
        List<List<Integer>> batches = new ArrayList<>();
        FxEventPump<Integer> pump = new FxEventPump<>(batches::add, pulses::add, 100);
        for (int i = 0; i < 250; i++) {
            pump.post(i);
        }
        while (!pulses.isEmpty()) {
            pulses.poll().run();
        }
        assertEquals(List.of(100, 100, 50), batches.stream().map(List::size).toList());
    }

    @Test
    void aDrainTakesChunksUntilItsTimeBudgetIsSpentThenYields() {
        ArrayDeque<Runnable> pulses = new ArrayDeque<>();
        List<List<Integer>> batches = new ArrayList<>();
        long[] now = {0};
        FxEventPump<Integer> pump = new FxEventPump<>(batch -> {
            batches.add(batch);
            now[0] += 3_000_000L;
        }, pulses::add, 10, 8_000_000L, () -> now[0]);
        for (int i = 0; i < 95; i++) {
            pump.post(i);
        }

        pulses.poll().run();
        assertEquals(List.of(10, 10, 10), batches.stream().map(List::size).toList(),
                "three chunks of 3 ms each reach the 8 ms budget");
        assertEquals(1, pulses.size(), "the rest is left to a new drain, after the pulse");
        while (!pulses.isEmpty()) {
            pulses.poll().run();
        }
        assertEquals(95, batches.stream().mapToInt(List::size).sum());
        assertEquals(List.of(90, 91, 92, 93, 94), batches.get(batches.size() - 1));
        assertEquals(4, pump.drains());
        assertEquals(10, pump.batches());
    }

    @Test
    void concurrentProducersLoseNothing() throws Exception {
        ArrayDeque<Runnable> pulses = new ArrayDeque<>();
        List<Integer> received = new ArrayList<>();
        FxEventPump<Integer> pump = new FxEventPump<>(received::addAll, r -> {
            synchronized (pulses) {
                pulses.add(r);
            }
        }, 1_000_000);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    pump.post(i);
                }
                done.countDown();
            }).start();
        }
        done.await();
        Runnable next;
        while ((next = poll(pulses)) != null) {
            next.run();
        }
        assertEquals(40_000, received.size());
    }

    private static Runnable poll(ArrayDeque<Runnable> pulses) {
        synchronized (pulses) {
            return pulses.poll();
        }
    }
}
