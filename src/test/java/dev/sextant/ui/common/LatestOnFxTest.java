package dev.sextant.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A worker's progress reaches the FX side once per period, showing the newest value; the clock is turned by hand. */
class LatestOnFxTest {

    private final Deque<Runnable> fxQueue = new ArrayDeque<>();
    private final List<Integer> shown = new ArrayList<>();
    private long now = 5_000_000_000L;
    private final LatestOnFx<Integer> latest = new LatestOnFx<>(fxQueue::add, 100, shown::add, () -> now);

    @Test
    void aThousandReportsInOnePeriodQueueOneHandOverThatShowsTheNewest() {
        for (int i = 1; i <= 1000; i++) {
            latest.offer(i);
        }
        assertEquals(1, fxQueue.size(), "hand-overs queued for the FX thread");
        fxQueue.poll().run();
        assertEquals(List.of(1000), shown);
    }

    @Test
    void reportsWithinThePeriodWaitAndTheNextOneAfterItIsHandedOver() {
        latest.offer(1);
        fxQueue.poll().run();
        now += 99_000_000;
        latest.offer(2);
        assertEquals(0, fxQueue.size(), "99 ms after the last hand-over");
        now += 1_000_000;
        latest.offer(3);
        fxQueue.poll().run();
        assertEquals(List.of(1, 3), shown);
    }

    @Test
    void aSlowFxThreadGetsNoSecondHandOverUntilTheFirstHasRun() {
        latest.offer(1);
        now += 500_000_000;
        latest.offer(2);
        assertEquals(1, fxQueue.size());
        fxQueue.poll().run();
        assertEquals(List.of(2), shown, "the queued hand-over shows what is newest when it runs");
    }
}
