package dev.sextant.ui.editor;

import dev.sextant.ui.results.ResultGrid;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * One result tab's content: a line saying which rows are shown and whether more follow, a
 * "Fetch all" button with its progress, and the grid. Scrolling near the end of the grid moves
 * its window over the fetched rows, or asks for the next page when the window is at the last
 * fetched row; scrolling near the top moves the window back.
 */
public final class ResultPane extends VBox {

    private static final double NEAR_EDGE = 0.1;

    private final ResultSheet sheet;
    private final EditorTabViewModel model;
    private final ResultGrid grid;
    private final Button fetchAll = new Button("Fetch all", new FontIcon("fth-download"));

    public ResultPane(ResultSheet sheet, EditorTabViewModel model) {
        this.sheet = sheet;
        this.model = model;
        grid = new ResultGrid(sheet.columns(), sheet.rows(), sheet.windowStartProperty(), this::followScroll);
        sheet.fetchedProperty().addListener((obs, was, now) -> {
            grid.fitRowNumbers(now.longValue());
            followScroll();
        });
        Label count = new Label();
        count.getStyleClass().add("result-count");
        count.textProperty().bind(Bindings.createStringBinding(this::countText,
                sheet.fetchedProperty(), sheet.moreProperty(), sheet.windowStartProperty()));
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
        bar.getChildren().add(dev.sextant.ui.dataio.ExportButton.forSheet(sheet, model, grid.table())); // export
        dev.sextant.ui.dataio.CellCopy.install(grid.table()); // Ctrl+C copies the selected cells as TSV
        VBox.setVgrow(grid.table(), Priority.ALWAYS);
        getChildren().addAll(bar, grid.table());
    }

    /** The grid (benchmarks drive it directly). */
    public ResultGrid grid() {
        return grid;
    }

    /** "1,000 rows so far · more load as you scroll", or which rows the window shows of how many. */
    private String countText() {
        long fetched = sheet.fetchedProperty().get();
        String more = sheet.moreProperty().get() ? " so far · more load as you scroll" : "";
        if (fetched <= sheet.rows().size()) {
            return String.format("%,d %s%s", fetched, fetched == 1 ? "row" : "rows", more);
        }
        long first = sheet.windowStartProperty().get() + 1;
        return String.format("Rows %,d–%,d of %,d%s", first, first + sheet.rows().size() - 1, fetched,
                more.isEmpty() ? "" : " fetched" + more);
    }

    /** Moves the window, or fetches more, when the view comes near an edge of the rows it holds. */
    private void followScroll() {
        double fraction = grid.scrolledFraction();
        if (fraction >= 1 - NEAR_EDGE) {
            if (sheet.rowsAfterWindow()) {
                moveWindow();
            } else if (sheet.moreProperty().get()) {
                model.fetchMore(sheet);
            }
        } else if (fraction <= NEAR_EDGE && sheet.rowsBeforeWindow()) {
            moveWindow();
        }
    }

    /** Centres the window on the rows on screen and keeps them on screen. */
    private void moveWindow() {
        int first = grid.firstVisibleRow();
        List<TablePosition> selected = List.copyOf(grid.table().getSelectionModel().getSelectedCells());
        long shift = sheet.centerWindowOn(sheet.windowStartProperty().get() + first);
        if (shift != 0) {
            grid.showRowAtTop((int) (first - shift));
            reselect(selected, shift);
            // Still at an edge (a jump to the end of the window, say): move on once laid out.
            Platform.runLater(this::followScroll);
        }
    }

    /** The same cells stay selected when the window moves under them (if they are still in it). */
    private void reselect(List<TablePosition> selected, long shift) {
        var selection = grid.table().getSelectionModel();
        selection.clearSelection();
        for (TablePosition<?, ?> cell : selected) {
            long row = cell.getRow() - shift;
            if (row >= 0 && row < sheet.rows().size()) {
                @SuppressWarnings("unchecked")
                TableColumn<Object[], ?> column = (TableColumn<Object[], ?>) cell.getTableColumn();
                selection.select((int) row, column);
            }
        }
    }

    /** Only the selected result of the selected editor carries the automation ids. */
    void setActive(boolean active) {
        grid.table().setId(active ? "resultTable" : null);
        fetchAll.setId(active ? "fetchAllButton" : null);
    }
}
