package dev.sextant.ui.results;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up's throwaway pane is never seen: the shown window stays as it was, no window opens,
 * and none of its steps fails (a pane that came to need a connection would fail here first).
 */
class GridWarmUpTest {

    private Stage stage;

    @Test
    void theWarmUpEndsWithoutShowingAnythingInTheWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Label content = new Label("the main window");
        FxToolkit.setupFixture(() -> {
            // The app's theme, whose colour variables the grid's stylesheet uses.
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene(new StackPane(content), 600, 400));
            stage.show();
        });
        int windowsBefore = onFx(() -> Window.getWindows().size());
        java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler was = onFx(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, error) -> failures.add(error));
            return before;
        });

        CompletableFuture<Void> done = new CompletableFuture<>();
        FxToolkit.setupFixture(() -> GridWarmUp.whenIdle(() -> done.complete(null)));
        done.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(was);
            return null;
        });

        assertThat(failures).as("errors thrown by the warm-up's steps").isEmpty();

        assertThat(onFx(() -> ((StackPane) stage.getScene().getRoot()).getChildren())).containsExactly(content);
        assertThat(onFx(() -> stage.getScene().getRoot().lookupAll(".table-view"))).isEmpty();
        assertThat(onFx(() -> Window.getWindows().size())).isEqualTo(windowsBefore);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        FxToolkit.setupFixture(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
