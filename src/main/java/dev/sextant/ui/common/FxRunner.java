package dev.sextant.ui.common;

import dev.sextant.core.task.BackgroundRunner;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work on its own daemon threads and delivers the outcome on the FX thread. An editor tab
 * uses a single-thread runner so its session sees one operation at a time, in order.
 */
public final class FxRunner implements BackgroundRunner, AutoCloseable {

    private final ExecutorService executor;

    private FxRunner(ExecutorService executor) {
        this.executor = executor;
    }

    /** One background thread: operations run one after another, in submission order. */
    public static FxRunner singleThread(String name) {
        return new FxRunner(Executors.newSingleThreadExecutor(daemonThreads(name)));
    }

    /** A few background threads for independent short tasks (metadata, cancel requests). */
    public static FxRunner pooled(String name, int threads) {
        return new FxRunner(Executors.newFixedThreadPool(threads, daemonThreads(name)));
    }

    /**
     * {@inheritDoc} Every failure is delivered, an {@link Error} too (a tab must never stay
     * busy because its work died). After {@link #close()} the work is not run and
     * {@code onFailure} gets a {@link Closed}: a callback at shutdown never throws on the FX thread.
     */
    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        Consumer<Runnable> deliver = delivery -> Platform.runLater(() -> {
            done.set(true);
            if (!cancelled.get()) {
                delivery.run();
            }
        });
        try {
            executor.execute(() -> {
                Runnable delivery;
                try {
                    T value = work.call();
                    delivery = () -> onSuccess.accept(value);
                } catch (Throwable e) { // every failure must reach the user, Errors included
                    delivery = () -> onFailure.accept(e);
                }
                deliver.accept(delivery);
            });
        } catch (RejectedExecutionException e) {
            deliver.accept(() -> onFailure.accept(new Closed()));
        }
        return new Running() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    /** Stops taking work and waits briefly for what is running (called when the app stops). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why work handed to a closed runner was not run. */
    public static final class Closed extends IllegalStateException {
        Closed() {
            super("Not run: its tab or window had already closed.");
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sextant-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
