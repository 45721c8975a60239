package dev.sextant.ui.results;

import atlantafx.base.theme.Styles;
import dev.sextant.core.result.ResultColumn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableLongValue;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The grid that shows a result: typed column headers, NULL drawn apart, numbers right-aligned,
 * and a row-number column that counts from the first row of the result, not of the rows it holds.
 * It reports what the user does (scrolls, key jumps); where its window goes is decided elsewhere.
 */
public final class ResultGrid {

    private static final double CHAR_WIDTH = 8.6;

    private final TableView<Object[]> table = new TableView<>();
    private final TableColumn<Object[], Object[]> numbers = new TableColumn<>("#");
    private final FittedWidths widths = new FittedWidths(table);
    private List<ResultColumn> columns;
    /** The number, counting from 0, of the first row the grid holds in the whole result. */
    private ObservableLongValue firstRowNumber;
    private VirtualFlow<?> flow;
    /** Measuring a sample for every page fetched cost a frame per page during Fetch all. */
    private final AtMostEvery widening = new AtMostEvery(javafx.util.Duration.millis(500), widths::widen);
    private Runnable viewMoved = () -> { };
    /** How many value columns (from the left) the last result shown kept, with their cells, from the one before. */
    private int keptColumns;

    /**
     * A grid over {@code rows} (the list itself, so rows added later appear). {@code firstRowNumber}
     * is the number, counting from 0, of the list's first row in the whole result; {@code sample}
     * gives rows spread over everything fetched, to size the columns by.
     */
    public ResultGrid(List<ResultColumn> columns, ObservableList<Object[]> rows, ObservableLongValue firstRowNumber,
                      Supplier<List<Object[]>> sample) {
        table.getStyleClass().addAll("result-grid", Styles.DENSE, Styles.BORDERED);
        table.getStylesheets().add(ResultGrid.class.getResource("/dev/sextant/ui/results/ResultGrid.css").toExternalForm());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getColumns().add(rowNumbers());
        show(columns, rows, firstRowNumber, sample);
        table.skinProperty().addListener((obs, was, skin) -> watchScrolling());
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                widths.measureWithCellFontOnce();
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, this::fitOnEdgeDoubleClick);
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, this::fitOnEdgeDoubleClick);
    }

    /**
     * Shows another result in the same table, its skin, cells and styles kept: making them anew
     * was most of the time from a Run click to a re-run's first row on screen. The columns are
     * the new result's, fitted to its sample, the view at its top, not editable until made so.
     */
    public void show(List<ResultColumn> columns, ObservableList<Object[]> rows, ObservableLongValue firstRowNumber,
                     Supplier<List<Object[]>> sample) {
        this.columns = List.copyOf(columns);
        this.firstRowNumber = firstRowNumber;
        keptColumns = Math.min(table.getColumns().size() - 1, columns.size());
        boolean same = ValueColumns.sameAs(table.getColumns(), columns);
        table.getSelectionModel().clearSelection();
        table.setItems(rows);
        if (!same) { // else the header and cells stay, and the widths, the user's or fitted before
            table.setEditable(false);
        }
        widths.show(this.columns, sample, same);
        fitRowNumbers(rows.size());
        if (!rows.isEmpty()) {
            table.scrollTo(0);
        }
    }

    /** Holds no rows (a result that is gone), its columns left until the next result replaces them. */
    public void clear() {
        table.getSelectionModel().clearSelection();
        table.setItems(javafx.collections.FXCollections.observableArrayList());
        widths.forgetSample(); // both lead back to the result's sheet, which must be free to go
        firstRowNumber = new javafx.beans.property.SimpleLongProperty();
    }

    public TableView<Object[]> table() {
        return table;
    }

    /** Runs on every move of the view: a scroll bar move, a wheel turn (also at an end), a new focus, a resize. */
    public void onViewMoved(Runnable action) {
        viewMoved = action;
    }

    /** Home, End, Page Up and Page Down (also with Ctrl) go to {@code action}, not to the list's own keys. */
    public void onJump(Consumer<GridWindow.Jump> action) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            GridWindow.Jump jump = e.isShiftDown() || e.isAltDown() || table.getEditingCell() != null ? null : GridWindow.jumpFor(e.getCode());
            if (jump != null) {
                e.consume();
                action.accept(jump);
            }
        });
    }

    /** The list index of the first row on screen as last laid out, or -1 before the first layout. */
    public int firstVisibleIndex() {
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    /**
     * How many whole rows the screen shows, at least 1: a page for Page Down, and what End must
     * leave above the last row so that row is not cut off at the bottom.
     */
    public int rowsOnScreen() {
        Node viewport = flow == null ? null : flow.lookup(".clipped-container");
        double rowHeight = table.getFixedCellSize();
        if (viewport instanceof Region region && rowHeight > 0) {
            // A pixel of rounding in the viewport's height must not cost a whole row.
            return Math.max(1, (int) Math.floor((region.getHeight() + 1) / rowHeight));
        }
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        return first == null || last == null ? 1 : Math.max(1, last.getIndex() - first.getIndex());
    }

    /** Scrolls so the row at {@code index} of the list is the first on screen. */
    public void showRowAtTop(int index) {
        table.scrollTo(Math.max(0, Math.min(index, table.getItems().size() - 1)));
    }

    /** Selects the cell at {@code index} in {@code column} (the first value column if null), or nothing. */
    public void select(int index, TableColumn<Object[], ?> column) {
        var selection = table.getSelectionModel();
        if (index < 0 || index >= table.getItems().size()) {
            selection.clearSelection();
            return;
        }
        TableColumn<Object[], ?> at = column != null ? column : table.getColumns().get(Math.min(1, table.getColumns().size() - 1));
        selection.clearAndSelect(index, at);
        table.getFocusModel().focus(index, at);
    }

    /**
     * Value columns made for the result shown get cells made by {@code cells} for their index (the
     * editing grid's); kept columns keep the cells made for them before. All may be edited.
     */
    @SuppressWarnings("unchecked")
    public void useCells(java.util.function.IntFunction<TableCell<Object[], Object>> cells) {
        for (int i = keptColumns; i < columns.size(); i++) {
            int index = i;
            ((TableColumn<Object[], Object>) table.getColumns().get(i + 1)).setCellFactory(c -> cells.apply(index));
        }
        table.setEditable(true);
    }

    /** Widens the row-number column for numbers up to {@code largest}. */
    public void fitRowNumbers(long largest) {
        numbers.setPrefWidth(Math.max(44, String.valueOf(largest).length() * CHAR_WIDTH + 22));
    }

    /**
     * Fits value column {@code index} (counting from 0, row numbers not counted) to its header,
     * the sampled values and every row the grid holds now (those the user can scroll to).
     */
    public void fitColumn(int index) {
        widths.fitColumn(index);
    }

    /**
     * Value column {@code index}'s header shows {@code width} pixels more beside its name (a sort
     * mark): the column widens for it, unless the user sized it by hand.
     */
    public void makeRoomBesideName(int index, double width) {
        widths.makeRoomBesideName(index, width);
    }

    /**
     * After more rows were fetched: widens the columns whose new values need it, except those
     * the user sized by hand (their width is no longer the one fitted here). Never narrows, so
     * the columns do not jump about as pages arrive.
     */
    public void widenForFetchedRows() {
        widening.ask();
    }

    /**
     * A double click on a header's right edge fits that column to the sampled values. The
     * table's own fit would measure every row it holds (10,000) and only those. Both the press
     * and the release are kept from the table: its resize handle would set the old width back
     * on release. The fit comes on release, when the handle is done.
     */
    private void fitOnEdgeDoubleClick(MouseEvent e) {
        if (e.getClickCount() != 2 || !(e.getTarget() instanceof Rectangle edge) || edge.getCursor() != Cursor.H_RESIZE) {
            return;
        }
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header) {
                Bounds b = header.localToScene(header.getLayoutBounds());
                int index = table.getColumns().indexOf(header.getTableColumn());
                if (index > 0 && Math.abs(b.getMaxX() - e.getSceneX()) <= 6) {
                    e.consume();
                    if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
                        fitColumn(index - 1);
                    }
                    return;
                }
            }
        }
    }

    /** Reports every move of the view, also a wheel turn that cannot move the bar (at its end). */
    private void watchScrolling() {
        // A filter: the grid's flow consumes the event.
        table.addEventFilter(ScrollEvent.SCROLL, e -> viewMoved.run());
        table.getFocusModel().focusedIndexProperty().addListener((obs, was, now) -> viewMoved.run());
        // A taller or shorter grid shows more or fewer rows: the count line and a page change.
        table.heightProperty().addListener((obs, was, now) -> viewMoved.run());
        flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, was, now) -> viewMoved.run());
            }
        }
    }

    private TableColumn<Object[], Object[]> rowNumbers() {
        numbers.getStyleClass().add("row-number-column");
        numbers.setSortable(false);
        numbers.setReorderable(false);
        numbers.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        numbers.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object[] row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : String.valueOf(firstRowNumber.get() + getIndex() + 1));
            }
        });
        return numbers;
    }
}
