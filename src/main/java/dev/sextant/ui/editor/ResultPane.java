package dev.sextant.ui.editor;

import dev.sextant.ui.results.ResultGrid;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One result tab's content: a line saying how many rows are here and whether more follow, a
 * "Fetch all" button with its progress, and the grid, which asks for the next page itself as
 * the user scrolls toward the end.
 */
final class ResultPane extends VBox {

    private final TableView<Object[]> grid;
    private final Button fetchAll = new Button("Fetch all", new FontIcon("fth-download"));

    ResultPane(ResultSheet sheet, EditorTabViewModel model) {
        grid = ResultGrid.of(sheet.columns(), sheet.rows(), () -> model.fetchMore(sheet));
        Label count = new Label();
        count.getStyleClass().add("result-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> sheet.fetchedProperty().get()
                        + (sheet.fetchedProperty().get() == 1 ? " row" : " rows")
                        + (sheet.moreProperty().get() ? " so far · more load as you scroll" : ""),
                sheet.fetchedProperty(), sheet.moreProperty()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(sheet.fetchingProperty());
        fetchAll.visibleProperty().bind(sheet.moreProperty());
        fetchAll.disableProperty().bind(sheet.fetchingProperty());
        fetchAll.setOnAction(e -> model.fetchAll(sheet));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, count, spacer, progress, fetchAll);
        bar.getStyleClass().add("result-bar");
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(bar, grid);
    }

    /** Only the selected result of the selected editor carries the automation ids. */
    void setActive(boolean active) {
        grid.setId(active ? "resultTable" : null);
        fetchAll.setId(active ? "fetchAllButton" : null);
    }
}
