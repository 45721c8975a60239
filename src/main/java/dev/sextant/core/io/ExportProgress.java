package dev.sextant.core.io;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far an export has come, and its Cancel. Written by the export's thread, read by anyone
 * (the dialog reads it a few times a second); {@link #cancel()} works from any thread and also
 * stops a query the server is still running.
 */
public final class ExportProgress {

    private final AtomicLong rows = new AtomicLong();
    private final AtomicReference<Runnable> stopper = new AtomicReference<>(() -> { });
    private final long startedNanos = System.nanoTime();
    private volatile boolean cancelled;

    /** Rows written so far. */
    public long rows() {
        return rows.get();
    }

    /** Rows a second since the export started. */
    public double rate() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : rows.get() / seconds;
    }

    public void cancel() {
        cancelled = true;
        stopper.get().run();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void add(long written) {
        rows.addAndGet(written);
    }

    /** Throws when the user cancelled: called between rows, so the export stops within a page. */
    public void check() {
        if (cancelled) {
            throw ExportException.cancelled(rows.get());
        }
    }

    /** What Cancel must also do while a statement runs (ask the server to stop); runs at once if already cancelled. */
    public void onCancel(Runnable stop) {
        stopper.set(stop);
        if (cancelled) {
            stop.run();
        }
    }
}
