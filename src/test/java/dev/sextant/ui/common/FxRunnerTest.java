package dev.sextant.ui.common;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real runner on the real FX thread (headless): what comes back, and when it is closed. */
@ExtendWith(ApplicationExtension.class)
class FxRunnerTest {

    @Start
    void start(Stage stage) {
        // Nothing to show: the extension starts the FX toolkit this runner delivers on.
    }

    @Test
    void anErrorThatIsNoExceptionStillReachesTheCaller() throws Exception {
        try (FxRunner runner = FxRunner.singleThread("test-error")) {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            runner.<Void>run(() -> {
                throw new AssertionError("the work died");
            }, ok -> failure.completeExceptionally(new AssertionError("succeeded")), error -> {
                assertTrue(Platform.isFxApplicationThread());
                failure.complete(error);
            });
            assertEquals("the work died", failure.get(5, TimeUnit.SECONDS).getMessage());
        }
    }

    @Test
    void workHandedToAClosedRunnerFailsQuietlyInsteadOfThrowing() throws Exception {
        FxRunner runner = FxRunner.pooled("test-closed", 1);
        runner.close();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        Platform.runLater(() -> onFxThread.complete(assertDoesNotThrow(() -> {
            runner.run(() -> "never", ok -> failure.completeExceptionally(new AssertionError("ran")), failure::complete);
            return true;
        })));
        assertTrue(onFxThread.get(5, TimeUnit.SECONDS));
        assertInstanceOf(FxRunner.Closed.class, failure.get(5, TimeUnit.SECONDS));
    }
}
