package dev.sextant.ui.editor;

import dev.sextant.core.task.BackgroundRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When a tab is busy, step by step: a runner that delivers only when the test says (as the UI's
 * does later, on the FX thread) shows the state between steps, which the synchronous twin hides.
 */
class SessionOperationsTest {

    /** Runs each piece of work when told, in order, and delivers its outcome then. */
    private static final class StepByStep implements BackgroundRunner {
        private final Deque<Runnable> waiting = new ArrayDeque<>();

        @Override
        public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            boolean[] cancelled = {false};
            waiting.add(() -> {
                if (cancelled[0]) {
                    return;
                }
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(value);
            });
            return new Running() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isDone() {
                    return cancelled[0];
                }
            };
        }

        void deliverNext() {
            waiting.remove().run();
        }
    }

    private final StepByStep runner = new StepByStep();
    private final SessionOperations operations = new SessionOperations(runner);
    private final List<Boolean> busyChanges = new ArrayList<>();

    {
        operations.busyProperty().addListener((obs, was, now) -> busyChanges.add(now));
    }

    @Test
    void busyFromTheStartUntilTheLastChainedStepHasDelivered() {
        long before = System.currentTimeMillis();
        operations.start(operation -> operation.run(() -> 1, one -> operation.run(() -> one + 1, two -> { }, e -> { }),
                e -> { }));
        assertTrue(operations.isBusy());
        assertTrue(operations.busySinceMillis() >= before);
        runner.deliverNext();
        assertTrue(operations.isBusy(), "the second step is still to come");
        runner.deliverNext();
        assertFalse(operations.isBusy());
        assertEquals(0, operations.busySinceMillis());
        assertEquals(List.of(true, false), busyChanges, "one busy period, no flicker between the steps");
    }

    @Test
    void aFailedStepAndACallbackThatThrowsBothEndTheOperation() {
        operations.run(() -> {
            throw new IllegalStateException("server gone");
        }, v -> { }, e -> { });
        runner.deliverNext();
        assertFalse(operations.isBusy());

        operations.run(() -> 1, v -> {
            throw new IllegalArgumentException("a bug in the callback");
        }, e -> { });
        assertThrows(IllegalArgumentException.class, runner::deliverNext);
        assertFalse(operations.isBusy(), "a bug in one callback must not leave the tab busy for good");
    }

    @Test
    void aCancelledStepEndsTheOperationThoughNoOutcomeComes() {
        BackgroundRunner.Running[] running = new BackgroundRunner.Running[1];
        operations.start(operation -> running[0] = operation.run(() -> 1, v -> { }, e -> { }));
        running[0].cancel();
        assertFalse(operations.isBusy());
        runner.deliverNext(); // its outcome is dropped and changes nothing
        assertEquals(List.of(true, false), busyChanges);
    }

    @Test
    void aStartThatQueuesNothingLeavesTheTabFreeAtOnce() {
        operations.start(operation -> { });
        assertFalse(operations.isBusy());
    }

    @Test
    void whenIdleWaitsForTheEndAndTheNextOperationItStartsHoldsTheRest() {
        List<String> heard = new ArrayList<>();
        operations.run(() -> 1, v -> {
            operations.whenIdle(() -> {
                heard.add("first hears busy=" + operations.isBusy());
                operations.run(() -> 2, w -> { }, e -> { });
            });
            operations.whenIdle(() -> heard.add("second hears busy=" + operations.isBusy()));
        }, e -> { });
        runner.deliverNext();
        assertEquals(List.of("first hears busy=false"), heard, "the second waits for the operation the first started");
        runner.deliverNext();
        assertEquals(List.of("first hears busy=false", "second hears busy=false"), heard);
        operations.whenIdle(() -> heard.add("at once"));
        assertEquals("at once", heard.get(2));
    }
}
