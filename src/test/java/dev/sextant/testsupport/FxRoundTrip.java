package dev.sextant.testsupport;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** How long the FX thread takes to run a task posted now: what a user feels as the window's answer to a click. */
public final class FxRoundTrip {

    private FxRoundTrip() {
    }

    /** Milliseconds until a task posted to the FX thread has run (fails after 10 s: the thread is stuck). */
    public static long millis() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(null));
        done.get(10, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
