package dev.sextant.core.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The synchronous twin of the UI's runner: runs the work and delivers its outcome at once. */
public final class ImmediateRunner implements BackgroundRunner {

    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Throwable e) { // as the UI's runner: every failure is delivered, Errors too
            onFailure.accept(e);
            return DONE;
        }
        onSuccess.accept(value);
        return DONE;
    }

    private static final Running DONE = new Running() {
        @Override
        public void cancel() {
            // Already finished: nothing to stop.
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
