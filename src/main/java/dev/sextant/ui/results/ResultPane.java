package dev.sextant.ui.results;

import dev.sextant.ui.common.Views;
import javafx.application.Platform;
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

    private ResultSheet sheet;
    private final ResultFetcher model;
    private final ResultGrid grid;
    /** Makes what of the pane follows one sheet, for the first and every later result it shows. */
    private final java.util.function.Function<ResultSheet, ShownResult> binder;
    private ShownResult shown;
    @FXML private HBox bar;
    @FXML private Label count;
    @FXML private Pane spacer;
    @FXML private Label progress;
    @FXML private Button fetchAll;
    private final Runnable afterLayout = this::lookIfAsked;
    private boolean moving;
    private boolean lookAsked;
    private boolean active;
    private TableColumn<Object[], ?> selectedColumn;

    public <T extends ResultFetcher & ResultHost> ResultPane(ResultSheet sheet, T model) {
        this(sheet, model, true);
    }

    /**
     * A pane made before its tab has a result, its grid filled with {@code placeholder}'s columns
     * and rows only to be laid out (so its headers and cells exist), showing nothing of it: no
     * count, no edit bar, nothing asked of the server. {@link #show} gives it its first result.
     */
    static <T extends ResultFetcher & ResultHost> ResultPane ahead(ResultSheet placeholder, T model) {
        return new ResultPane(placeholder, model, false);
    }

    private <T extends ResultFetcher & ResultHost> ResultPane(ResultSheet sheet, T model, boolean showing) {
        this.sheet = showing ? sheet : null;
        this.model = model;
        Views.loadInto(this, this, "results/ResultPane.fxml");
        grid = new ResultGrid(sheet.columns(), sheet.rows(), sheet.windowStartProperty(), sheet::sampleRows);
        ShownResult.Parts parts = new ShownResult.Parts(bar, spacer, count, progress, fetchAll, grid, this::askForLook);
        binder = next -> new ShownResult(next, model, parts);
        watchGrid();
        CellCopy.install(grid.table()); // Ctrl+C copies the selected cells as TSV
        if (!showing) { // its cells made as a result's are, for a result keeps the cells it finds; no edit keys kept
            GridEditing.install(grid, new GridEdits(sheet, model), sheet.windowStartProperty()::get).run();
        }
        shown = showing ? binder.apply(sheet) : null;
        VBox.setVgrow(grid.table(), Priority.ALWAYS);
        getChildren().addAll(showing ? shown.editBar() : new javafx.scene.layout.Region(), grid.table());
    }

    /**
     * Shows {@code next} in this pane instead of its result: the grid keeps its table, skin and
     * cells (a new pane's were most of a re-run's time to its first row), everything else that
     * followed the old sheet lets go of it. The caller makes sure no edits of the old are pending.
     */
    public void show(ResultSheet next) {
        if (shown != null) {
            shown.release();
        }
        int editBarAt = getChildren().size() - 2; // the edit bar sits between the count line and the grid
        moving = true; // the grid's events while its rows change are not the user's
        try {
            sheet = next;
            selectedColumn = null;
            grid.show(next.columns(), next.rows(), next.windowStartProperty(), next::sampleRows);
            shown = binder.apply(next);
            getChildren().set(editBarAt, shown.editBar());
        } finally {
            moving = false;
        }
        setActive(active);
        askForLook();
    }

    /**
     * Lets go of the result (it is closed or replaced): nothing of it stays listened to or held,
     * for a spare pane waiting for the tab's next result must not keep the last one's rows alive.
     */
    public void release() {
        if (shown == null) {
            return;
        }
        shown.release();
        // The result's own controls lose their ids with it; the grid and Fetch all keep theirs, for
        // a changed id restyles the node's whole subtree at once (for the grid every header and
        // cell: a new paint's worth of CSS), and the pane leaves the window now, where no lookup
        // finds it. Shown again as the tab's active result, it then needs no new ids at all.
        shown.setActive(false);
        grid.clear();
        CellEdits.of(grid.table()).forget();
        getChildren().set(getChildren().indexOf(shown.editBar()), new javafx.scene.layout.Region());
        shown = null;
        sheet = null;
    }

    private void watchGrid() {
        grid.onViewMoved(this::askForLook);
        grid.onJump(this::jump);
        grid.table().getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TablePosition>) change -> selectionChanged());
        sceneProperty().addListener((obs, was, now) -> watchLayout(was, now));
    }

    /** Shows {@code view} where the grid was (psql's {@code \x} record view), or the grid again for null. */
    public void showInsteadOfGrid(javafx.scene.Node view) {
        javafx.scene.Node shown = view == null ? grid.table() : view;
        VBox.setVgrow(shown, Priority.ALWAYS);
        getChildren().set(getChildren().size() - 1, shown);
    }

    /** The result's pending edits: asked before a tab, connection or the app closes; none once released. */
    public GridEdits edits() {
        return shown == null ? null : shown.edits();
    }

    /** The grid (benchmarks drive it directly). */
    public ResultGrid grid() {
        return grid;
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
        if (!lookAsked || moving || sheet == null) {
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
        if (sheet == null) {
            return; // released: no result to move in
        }
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
        if (moving || sheet == null) {
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
        this.active = active;
        grid.table().setId(active ? "resultTable" : null);
        fetchAll.setId(active ? "fetchAllButton" : null);
        if (shown != null) {
            shown.setActive(active);
        }
    }
}
