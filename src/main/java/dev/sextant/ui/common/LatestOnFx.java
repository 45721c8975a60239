package dev.sextant.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Hands a worker thread's latest value (an import's progress, say) to the FX thread at most once
 * per period, with at most one hand-over queued at a time, which shows the newest value when it
 * runs. An import reported every 64 KB read, one {@code runLater} each: over a thousand a second
 * for the FX thread to drain, where ten a second show the same progress.
 */
public final class LatestOnFx<T> {

    private final Executor onFx;
    private final Consumer<T> show;
    private final long periodNanos;
    private final LongSupplier clock;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long lastHandedNanos;

    /** @param onFx {@code Platform::runLater} in the app; {@code show} then runs on the FX thread */
    public LatestOnFx(Executor onFx, long periodMillis, Consumer<T> show) {
        this(onFx, periodMillis, show, System::nanoTime);
    }

    /** With the clock given (tests turn it by hand). */
    public LatestOnFx(Executor onFx, long periodMillis, Consumer<T> show, LongSupplier clock) {
        this.onFx = onFx;
        this.show = show;
        this.periodNanos = periodMillis * 1_000_000;
        this.clock = clock;
        this.lastHandedNanos = clock.getAsLong() - periodNanos; // the first value goes at once
    }

    /** Any thread: {@code value} is the newest; it is handed over now if the period has passed since the last. */
    public void offer(T value) {
        latest.set(value);
        long now = clock.getAsLong();
        if (now - lastHandedNanos >= periodNanos && queued.compareAndSet(false, true)) {
            lastHandedNanos = now;
            onFx.execute(() -> {
                queued.set(false);
                show.accept(latest.get());
            });
        }
    }
}
