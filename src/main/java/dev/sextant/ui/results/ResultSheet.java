package dev.sextant.ui.results;

import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ResultStream;
import dev.sextant.core.result.RowBudget;
import dev.sextant.core.store.AppHome;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A result shown in its own tab of {@code resultTabs}: every row fetched so far (kept compact)
 * and the window of them the grid shows, which moves as the user scrolls. A TableView's cost
 * per scroll step grows with the row it scrolls to, so the grid never holds more than
 * {@link #WINDOW} rows, however many were fetched. Where the window, the view and the
 * selection are is decided by one {@link GridWindow}; this class only mirrors its answers.
 */
public final class ResultSheet {

    /** The most rows the grid's item list holds at once. */
    public static final int WINDOW = Integer.getInteger("sextant.gridWindow", 10_000);

    /** What one result keeps in the heap (an eighth of it) and where the rest spills: under the app home. */
    private static final RowBudget BUDGET = RowBudget.underHome(home());

    private static final int SAMPLE = 1_000;

    private final String title;
    private final List<ResultColumn> columns;
    private final FetchedRows fetchedRows;
    private final WindowRows rows;
    private final ResultStream stream;
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper fetched = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper windowStart = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper viewTop = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper viewRows = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyLongWrapper diskBytes = new ReadOnlyLongWrapper();
    private final GridWindow window;
    /** What the rows came from (a sheet made of rows alone has no statement). */
    private ResultOrigin origin = new ResultOrigin(null, -1);

    public ResultSheet(String title, List<ResultColumn> columns, CompactRows firstPage, ResultStream stream) {
        this(title, columns, firstPage, stream, WINDOW);
    }

    /** The sheet for one result set of a run, remembering its query for an export of all rows. */
    public static ResultSheet of(dev.sextant.core.run.RunResult result) {
        var r = result.rows();
        ResultSheet sheet = new ResultSheet(result.title(), r.result().columns(), r.result().rows(),
                r.hasMore() ? r.rest() : null);
        sheet.origin = new ResultOrigin(r.source(), result.firstRowsMillis());
        return sheet;
    }

    /** A sheet whose grid holds at most {@code windowSize} rows (tests use small windows). */
    public ResultSheet(String title, List<ResultColumn> columns, CompactRows firstPage, ResultStream stream,
                       int windowSize) {
        this.title = title;
        this.columns = List.copyOf(columns);
        this.fetchedRows = new FetchedRows(firstPage, BUDGET);
        this.window = new GridWindow(windowSize, fetchedRows.size());
        this.rows = new WindowRows(fetchedRows, 0, window.length());
        this.stream = stream;
        more.set(stream != null && stream.isOpen());
        fetched.set(fetchedRows.size());
    }

    private static Path home() {
        try {
            return AppHome.resolve().dir();
        } catch (IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "sextant"); // a home we cannot write: spill to temp
        }
    }

    public String title() {
        return title;
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    /** The rows the grid shows now: a window of at most {@link #WINDOW} fetched rows. */
    public ObservableList<Object[]> rows() {
        return rows;
    }

    /** The number, counting from 0, of the window's first row among all fetched rows. */
    public ReadOnlyLongProperty windowStartProperty() {
        return windowStart.getReadOnlyProperty();
    }

    public ResultStream stream() {
        return stream;
    }

    /** Whether the query has rows not fetched yet. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** Whether a page is on its way from the server. */
    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    /** A page was asked for. */
    public void fetchStarted() {
        fetching.set(true);
    }

    /** No more rows will be fetched: the fetch failed, or the disk is full. */
    public void noMoreRows() {
        fetching.set(false);
        more.set(false);
    }

    /** How many rows were fetched in all (the window shows some of them). */
    public ReadOnlyLongProperty fetchedProperty() {
        return fetched.getReadOnlyProperty();
    }

    /** The bytes the rows take on disk, spilled past the heap's share (the count line's tooltip). */
    public ReadOnlyLongProperty diskBytesProperty() {
        return diskBytes.getReadOnlyProperty();
    }

    /**
     * Keeps a fetched page within the budget, writing it to disk past the heap's share: call on
     * the thread that fetched it, then hand the answer to {@link #append}. Throws when the disk is full.
     */
    public FetchedRows.Page keep(CompactRows page) throws IOException {
        return fetchedRows.keep(page);
    }

    /** The result is gone: its spill file is deleted. */
    public void close() {
        fetchedRows.close();
    }

    /** The number, counting from 0, of the first row on screen in the whole result. */
    public ReadOnlyLongProperty viewTopProperty() {
        return viewTop.getReadOnlyProperty();
    }

    /** How many rows the screen shows. */
    public ReadOnlyIntegerProperty viewRowsProperty() {
        return viewRows.getReadOnlyProperty();
    }

    /** The first rows and rows spread over all the others fetched: what columns are sized by. */
    public List<Object[]> sampleRows() {
        return fetchedRows.sample(SAMPLE);
    }

    /** Whether fetched rows lie after the window. */
    public boolean rowsAfterWindow() {
        return windowStart.get() + rows.size() < fetchedRows.size();
    }

    /**
     * The grid shows {@code onScreen} rows from its row {@code index}; returns whether the
     * window moved under it (the grid must then scroll to {@link #topIndex()} again).
     */
    public boolean scrolled(int index, int onScreen) {
        return mirror(window.scrolled(index, onScreen));
    }

    /** The user selected the grid's row {@code index}, or nothing with -1. */
    public void selected(int index) {
        window.select(index);
    }

    /** A key jump through the whole result; afterwards the grid shows {@link #topIndex()}. */
    public void jump(GridWindow.Jump jump, int onScreen) {
        mirror(window.jump(jump, onScreen));
    }

    /**
     * Moves the window so the fetched row {@code row} sits in its middle; returns how many rows
     * the window moved (positive: toward the end), so the grid can keep showing the same rows.
     */
    public long centerWindowOn(long row) {
        long shift = window.centerOn(row);
        mirror(shift != 0);
        return shift;
    }

    /** The index in {@link #rows()} of the first row on screen. */
    public int topIndex() {
        return (int) (window.top() - window.start());
    }

    /** The index in {@link #rows()} of the selected row, or -1 when it is not in the window. */
    public int selectedIndex() {
        long index = window.selected() - window.start();
        return window.selected() < 0 || index < 0 || index >= rows.size() ? -1 : (int) index;
    }

    /** The number in the whole result of the selected row, or -1. */
    public long selectedRow() {
        return window.selected();
    }

    /** Whether the view is near the last fetched row, so more should be fetched. */
    public boolean nearFetchedEnd() {
        return window.nearFetchedEnd();
    }

    /** Pages kept in memory only (tests and benchmarks that make their own rows). */
    public void append(CompactRows page, boolean stillMore) {
        try {
            append(keep(page), stillMore);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A page arrived: it ends the fetch that asked for it. */
    public void append(FetchedRows.Page page, boolean stillMore) {
        fetchedRows.add(page);
        diskBytes.set(fetchedRows.diskBytes());
        window.fetched(fetchedRows.size());
        mirror(false);
        fetched.set(fetchedRows.size());
        more.set(stillMore);
        fetching.set(false);
    }

    /**
     * Makes the list the grid shows hold the window's rows: all of them anew when the window
     * moved, else only the rows a growing window gained, so the grid keeps its place.
     */
    private boolean mirror(boolean moved) {
        if (moved) {
            // The row numbers are read from windowStart when the new rows are drawn: set it first.
            windowStart.set(window.start());
            rows.show(window.start(), window.length());
        } else if (window.length() > rows.size()) {
            rows.grow(window.length());
        }
        viewTop.set(window.top());
        viewRows.set(window.onScreen());
        return moved;
    }

    /** The statement that produced these rows, or null when it cannot be run again. */
    public dev.sextant.core.session.SourceQuery source() {
        return origin.source();
    }

    /** How long the statement took to return its first rows when it ran, -1 when not known. */
    public long firstRowsMillis() {
        return origin.firstRowsMillis();
    }

    /** The sheet of a result run again in server order or filtered: it remembers what was asked. */
    public static ResultSheet requeried(dev.sextant.core.run.RunResult result, dev.sextant.core.requery.ServerView view) {
        ResultSheet sheet = of(result);
        sheet.origin.requeried(view);
        return sheet;
    }

    /** A sheet added after a run's results on its own (the rows a transaction wrote): its tab opens selected. */
    public static ResultSheet openedAlone(dev.sextant.core.run.RunResult result) {
        ResultSheet sheet = of(result);
        sheet.origin.opensSelected();
        return sheet;
    }

    public boolean opensSelected() {
        return origin.isOpenedSelected();
    }

    /**
     * How the server was asked to order and filter these rows: as the statement ran, unless a
     * header click or the filter asked for more; null when the statement cannot be run again.
     */
    public dev.sextant.core.requery.ServerView serverView() {
        return origin.serverView(columns);
    }

    /** Every row fetched so far, as of now; read it on any thread. */
    public FetchedRows fetchedSnapshot() {
        return fetchedRows.snapshot();
    }
}
