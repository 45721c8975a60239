package dev.sextant.core.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the caller and hands the outcome back where the caller lives. The UI's
 * implementation runs on a background executor and delivers on the FX thread; tests of view
 * models use {@link ImmediateRunner}, which does everything at once on the calling thread.
 */
public interface BackgroundRunner {

    /**
     * Starts {@code work}; exactly one of {@code onSuccess} or {@code onFailure} is called later
     * (on the caller's thread of delivery) unless the returned handle was cancelled first.
     */
    <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** A piece of work that was started. */
    interface Running {
        /** Stops delivery of the outcome; the work itself stops at its own next check. */
        void cancel();

        boolean isDone();
    }
}
