package dev.sextant.ui.results;

import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultColumn;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pane waiting to show the tab's next result must not keep the last one alive: a result's
 * fetched rows may fill the heap's whole share for results, and a tab keeps up to four spare panes.
 */
class ResultPaneReleaseTest {

    private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("id", "int4", true),
            new ResultColumn("name", "text", false));

    private Stage stage;

    @Test
    void aReleasedPaneLetsItsResultGoAndShowsTheNextOne() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        StackPane root = new StackPane();
        FxToolkit.setupFixture(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene(root, 800, 500));
            stage.show();
        });
        ResultPane[] pane = new ResultPane[1];
        WeakReference<ResultSheet> first = onFx(() -> {
            ResultSheet sheet = sheet("first", 0);
            pane[0] = new ResultPane(sheet, new GridWarmUp.Detached());
            root.getChildren().add(pane[0]);
            root.layout();
            pane[0].grid().select(3, null); // a selected cell, as a user leaves one
            root.getChildren().clear();
            pane[0].release();
            return new WeakReference<>(sheet);
        });

        for (int i = 0; i < 50 && first.get() != null; i++) {
            System.gc();
            onFx(() -> null);
            Thread.sleep(20);
        }
        assertThat(first.get()).as("the released pane's old result, still reachable").isNull();

        List<Object> shown = onFx(() -> {
            pane[0].show(sheet("second", 1000));
            root.getChildren().add(pane[0]);
            root.layout();
            return List.of(pane[0].grid().table().getItems().size(), pane[0].grid().table().getItems().get(0)[0]);
        });
        assertThat(shown).containsExactly(40, 1000L);
    }

    private static ResultSheet sheet(String title, long firstId) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new Object[] {firstId + i, "row " + i});
        }
        return new ResultSheet(title, COLUMNS, CompactRows.of(COLUMNS.size(), rows), null);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
