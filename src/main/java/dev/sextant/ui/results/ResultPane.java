package dev.sextant.ui.results;

import dev.sextant.core.text.Wording;
import dev.sextant.ui.common.Views;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One result tab's content: a line saying which rows are on screen and whether more follow, a
 * "Fetch all" button with "Fetching…" beside it while rows arrive, and the grid.
 *
 * <p>The grid's window moves in one place only, {@link #move}, and never from inside a listener:
 * a scroll, wheel turn or focus change only asks for a look, taken once after the next layout
 * pass (when the grid's cells say what is on screen). A key jump is one call to the sheet, then
 * shown. While a move is shown, the grid's own events (its selection cleared by the new rows, its
 * focus moving) are not taken for the user's, so a move can never start another.
 */
public final class ResultPane extends VBox {

    private final ResultSheet sheet;
    private final ResultFetcher model;
    private final ResultGrid grid;
    private final ServerSort serverSort;
    private final GridEdits edits;
    private final EditBar editBar;
    @FXML private HBox bar;
    @FXML private Label count;
    @FXML private Pane spacer;
    @FXML private Label progress;
    @FXML private Button fetchAll;
    private final Runnable afterLayout = this::lookIfAsked;
    private boolean moving;
    private boolean lookAsked;
    private TableColumn<Object[], ?> selectedColumn;

    public <T extends ResultFetcher & ResultHost> ResultPane(ResultSheet sheet, T model) {
        this.sheet = sheet;
        this.model = model;
        Views.loadInto(this, this, "results/ResultPane.fxml");
        grid = new ResultGrid(sheet.columns(), sheet.rows(), sheet.windowStartProperty(), sheet::sampleRows);
        serverSort = new ServerSort(sheet, model, grid.table()); // header clicks and the filter re-run on the server
        edits = new GridEdits(sheet, model);
        editBar = new EditBar(edits, sheet, grid.table(), sheet.windowStartProperty()::get);
        watchGrid();
        bindBar(model);
        CellCopy.install(grid.table()); // Ctrl+C copies the selected cells as TSV
        GridEditing.install(grid, sheet, edits, sheet.windowStartProperty()::get);
        edits.check();
        VBox.setVgrow(grid.table(), Priority.ALWAYS);
        getChildren().addAll(editBar, grid.table());
    }

    private void watchGrid() {
        grid.onViewMoved(this::askForLook);
        grid.onJump(this::jump);
        grid.table().getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TablePosition>) change -> selectionChanged());
        sheet.fetchedProperty().addListener((obs, was, now) -> {
            grid.fitRowNumbers(now.longValue());
            grid.widenForFetchedRows();
            askForLook();
        });
        sceneProperty().addListener((obs, was, now) -> watchLayout(was, now));
    }

    /** The count line, Fetch all with its progress, and the filter, edit and export controls made by their classes. */
    private <T extends ResultFetcher & ResultHost> void bindBar(T model) {
        diskUse(count);
        showCount();
        // Pages arriving change the line at most every 100 ms: re-laying out the bar for every page of Fetch all
        // cost frames; what the user does (a scroll, the last page) shows at once.
        AtMostEvery pagesArriving = new AtMostEvery(javafx.util.Duration.millis(100), this::showCount);
        sheet.fetchedProperty().addListener(o -> pagesArriving.ask());
        for (javafx.beans.Observable changed : new javafx.beans.Observable[] {sheet.moreProperty(), sheet.viewTopProperty(),
                sheet.viewRowsProperty()}) {
            changed.addListener(o -> showCount());
        }
        javafx.beans.value.ObservableBooleanValue fetching = fetchingShown();
        progress.visibleProperty().bind(fetching);
        progress.managedProperty().bind(fetching); // wider than the spinner was: no room kept while nothing arrives
        fetchAll.visibleProperty().bind(sheet.moreProperty());
        fetchAll.disableProperty().bind(fetching);
        fetchAll.setOnAction(e -> model.fetchAll(sheet));
        // The filter sits in the count's line, so the grid keeps every row of its height.
        bar.getChildren().add(bar.getChildren().indexOf(spacer), serverSort.filterBox());
        bar.getChildren().addAll(editBar.controls(), ResultExport.button(sheet, model, grid.table()));
    }

    /**
     * Whether a fetch runs, as "Fetching…" and Fetch all show it: on at once, off only if still
     * off once the event that turned it off is done. Fetch all ends each page's fetch and starts
     * the next in one event, which re-styled both controls for every page.
     */
    private javafx.beans.value.ObservableBooleanValue fetchingShown() {
        javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(
                sheet.fetchingProperty().get());
        sheet.fetchingProperty().addListener((obs, was, now) -> {
            if (now) {
                shown.set(true);
            } else {
                Platform.runLater(() -> shown.set(sheet.fetchingProperty().get()));
            }
        });
        return shown;
    }

    /** Shows {@code view} where the grid was (psql's {@code \x} record view), or the grid again for null. */
    public void showInsteadOfGrid(javafx.scene.Node view) {
        javafx.scene.Node shown = view == null ? grid.table() : view;
        VBox.setVgrow(shown, Priority.ALWAYS);
        getChildren().set(getChildren().size() - 1, shown);
    }

    /** The result's pending edits: asked before a tab, connection or the app closes. */
    public GridEdits edits() {
        return edits;
    }

    /** The grid (benchmarks drive it directly). */
    public ResultGrid grid() {
        return grid;
    }

    /** The count line's tooltip says how much of the result lies on disk, once some does. */
    private void diskUse(Label count) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> String.format(
                "%,d MB of these rows are on disk, in a temporary file deleted when the result closes",
                sheet.diskBytesProperty().get() >> 20), sheet.diskBytesProperty()));
        sheet.diskBytesProperty().addListener((obs, was, now) -> count.setTooltip(now.longValue() > 0 ? tip : null));
    }

    /** Sets the count line's text, only when it changed (a new text lays the bar out again). */
    private void showCount() {
        String text = countText();
        if (!text.equals(count.getText())) {
            count.setText(text);
        }
    }

    /** "1,000 rows so far · more load as you scroll", or which rows of how many are on screen. */
    private String countText() {
        long fetched = sheet.fetchedProperty().get();
        String more = sheet.moreProperty().get() ? " so far · more load as you scroll" : "";
        long first = sheet.viewTopProperty().get() + 1;
        long last = Math.min(fetched, first + sheet.viewRowsProperty().get() - 1);
        if (first == 1 && last >= fetched) {
            return Wording.count(fetched, "row") + more + serverSort.countNote();
        }
        // Wording.number, not String.format: this runs for every page Fetch all brings (see Wording).
        return "Rows " + Wording.number(first) + "–" + Wording.number(last) + " of " + Wording.number(fetched)
                + (more.isEmpty() ? "" : " fetched" + more) + serverSort.countNote();
    }

    /** Looks once after the next layout pass, however many events asked before it. */
    private void askForLook() {
        if (!moving && !lookAsked) {
            lookAsked = true;
            Platform.requestNextPulse();
        }
    }

    private void watchLayout(Scene was, Scene now) {
        if (was != null) {
            was.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
            askForLook();
        }
    }

    /** Tells the sheet what is on screen; moves the window if the view came near its edge. */
    private void lookIfAsked() {
        if (!lookAsked || moving) {
            return;
        }
        lookAsked = false;
        int first = grid.firstVisibleIndex();
        if (first < 0) {
            return;
        }
        move(() -> sheet.scrolled(first, grid.rowsOnScreen()), false);
        if (model != null && sheet.moreProperty().get() && sheet.nearFetchedEnd()) {
            model.fetchMore(sheet);
        }
    }

    private void jump(GridWindow.Jump jump) {
        move(() -> {
            sheet.jump(jump, grid.rowsOnScreen());
            return true;
        }, true);
    }

    /**
     * The one place the window moves: {@code step} asks the sheet (which may swap the grid's
     * rows) and says whether the grid must show the sheet's view again; then the grid scrolls and
     * the selected row stays the selected row. Grid events meanwhile are not the user's.
     */
    private void move(java.util.function.BooleanSupplier step, boolean keyJump) {
        if (moving) {
            throw new IllegalStateException("the grid's window moved while it was being moved");
        }
        moving = true;
        try {
            if (step.getAsBoolean()) {
                grid.showRowAtTop(sheet.topIndex());
                if (keyJump || sheet.selectedRow() >= 0) {
                    grid.select(sheet.selectedIndex(), selectedColumn);
                }
            }
        } finally {
            moving = false;
        }
    }

    /** The user's selection, kept as a row of the whole result so it survives window moves. */
    private void selectionChanged() {
        if (moving) {
            return;
        }
        var cells = grid.table().getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) {
            sheet.selected(-1);
            return;
        }
        TablePosition<?, ?> cell = cells.get(cells.size() - 1);
        @SuppressWarnings("unchecked")
        TableColumn<Object[], ?> column = (TableColumn<Object[], ?>) cell.getTableColumn();
        selectedColumn = column;
        sheet.selected(cell.getRow());
    }

    /** Only the selected result of the selected editor carries the automation ids. */
    public void setActive(boolean active) {
        grid.table().setId(active ? "resultTable" : null);
        fetchAll.setId(active ? "fetchAllButton" : null);
        serverSort.setActive(active);
        editBar.setActive(active);
    }
}
