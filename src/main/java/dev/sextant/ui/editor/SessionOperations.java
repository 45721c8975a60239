package dev.sextant.ui.editor;

import dev.sextant.core.task.BackgroundRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one place that says whether a tab is busy. An operation on the tab's session (a run, a
 * fetch, a commit, a connect) makes the tab busy when it starts; it is over when its starting
 * call has returned and the last step it chained has delivered, on any path: success, failure,
 * a cancelled statement's error, a reconnect chained after a lost connection. Steps are counted
 * here rather than each path clearing a flag, so no path can forget. Used on the FX thread only.
 */
final class SessionOperations {

    private final BackgroundRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final List<Runnable> whenIdle = new ArrayList<>();
    /** The starting calls still on the stack plus the steps in flight: busy while above zero. */
    private int open;
    private long busySince;

    /** A runner whose every step is part of the operation that handed it out. */
    private final BackgroundRunner steps = new BackgroundRunner() {
        @Override
        public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            return step(work, onSuccess, onFailure);
        }
    };

    SessionOperations(BackgroundRunner runner) {
        this.runner = runner;
    }

    /**
     * Starts an operation: {@code body} queues its steps on the runner it is given (and those
     * steps' callbacks may queue more); the tab is busy until none is left.
     */
    void start(Consumer<BackgroundRunner> body) {
        hold();
        try {
            body.accept(steps);
        } finally {
            release();
        }
    }

    /** An operation of one step; its callbacks run while the tab is still busy (they may chain more steps). */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        start(operation -> operation.run(work, onSuccess, onFailure));
    }

    /**
     * Runs {@code then} once the tab is no longer busy (at once when it is not): a caller told
     * "done" may start the next operation right away, as Save after Save does.
     */
    void whenIdle(Runnable then) {
        if (open == 0) {
            then.run();
        } else {
            whenIdle.add(then);
        }
    }

    boolean isBusy() {
        return busy.get();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** When the running operation began (epoch millis), 0 when nothing runs. */
    long busySinceMillis() {
        return busySince;
    }

    private <T> BackgroundRunner.Running step(Callable<T> work, Consumer<? super T> onSuccess,
                                              Consumer<? super Throwable> onFailure) {
        hold();
        StepEnd end = new StepEnd();
        BackgroundRunner.Running running = runner.run(work, value -> end.after(() -> onSuccess.accept(value)),
                error -> end.after(() -> onFailure.accept(error)));
        return new BackgroundRunner.Running() {
            @Override
            public void cancel() {
                running.cancel(); // no callback will come: the step ends here
                end.now();
            }

            @Override
            public boolean isDone() {
                return running.isDone();
            }
        };
    }

    /** The end of one step, counted once whether its callback returned, threw, or never came (cancelled). */
    private final class StepEnd {
        private boolean ended;

        void after(Runnable callback) {
            try {
                callback.run();
            } finally {
                now();
            }
        }

        void now() {
            if (!ended) {
                ended = true;
                release();
            }
        }
    }

    private void hold() {
        if (open++ == 0) {
            busySince = System.currentTimeMillis();
            busy.set(true);
        }
    }

    private void release() {
        if (--open > 0) {
            return;
        }
        busySince = 0;
        busy.set(false);
        // Each may start the next operation; the rest wait until that one is over too.
        while (open == 0 && !whenIdle.isEmpty()) {
            whenIdle.remove(0).run();
        }
    }
}
