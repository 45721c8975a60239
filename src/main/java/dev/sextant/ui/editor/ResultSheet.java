package dev.sextant.ui.editor;

import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ResultStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * A result shown in its own tab of {@code resultTabs}: every row fetched so far (kept compact)
 * and the window of them the grid shows, which moves as the user scrolls. A TableView's cost
 * per scroll step grows with the row it scrolls to, so the grid never holds more than
 * {@link #WINDOW} rows, however many were fetched.
 */
public final class ResultSheet {

    /** The most rows the grid's item list holds at once. */
    public static final int WINDOW = Integer.getInteger("sextant.gridWindow", 10_000);

    /** What one result may keep in memory before fetching stops: an eighth of the heap. */
    static final long BUDGET = Runtime.getRuntime().maxMemory() / 8;

    private final String title;
    private final List<ResultColumn> columns;
    private final FetchedRows fetchedRows;
    private final ObservableList<Object[]> rows;
    private final ResultStream stream;
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty fetching = new SimpleBooleanProperty();
    private final LongProperty fetched = new SimpleLongProperty();
    private final ReadOnlyLongWrapper windowStart = new ReadOnlyLongWrapper();

    public ResultSheet(String title, List<ResultColumn> columns, CompactRows firstPage, ResultStream stream) {
        this.title = title;
        this.columns = List.copyOf(columns);
        this.fetchedRows = new FetchedRows(firstPage);
        this.rows = FXCollections.observableArrayList(fetchedRows.range(0, Math.min(WINDOW, fetchedRows.size())));
        this.stream = stream;
        more.set(stream != null && stream.isOpen());
        fetched.set(fetchedRows.size());
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

    ResultStream stream() {
        return stream;
    }

    /** Whether the query has rows not fetched yet. */
    public BooleanProperty moreProperty() {
        return more;
    }

    public BooleanProperty fetchingProperty() {
        return fetching;
    }

    /** How many rows were fetched in all (the window shows some of them). */
    public LongProperty fetchedProperty() {
        return fetched;
    }

    /** Whether fetching more would take more memory than one result may hold. */
    public boolean atCap() {
        return fetchedRows.bytes() >= BUDGET;
    }

    long bytesHeld() {
        return fetchedRows.bytes();
    }

    /** Whether fetched rows lie after the window. */
    public boolean rowsAfterWindow() {
        return windowStart.get() + rows.size() < fetchedRows.size();
    }

    /** Whether fetched rows lie before the window. */
    public boolean rowsBeforeWindow() {
        return windowStart.get() > 0;
    }

    /**
     * Moves the window so the fetched row {@code row} sits in its middle; returns how many rows
     * the window moved (positive: toward the end), so the grid can keep showing the same rows.
     */
    public long centerWindowOn(long row) {
        long start = Math.max(0, Math.min(row - WINDOW / 2, fetchedRows.size() - WINDOW));
        long shift = start - windowStart.get();
        if (shift != 0) {
            // The row numbers are read from windowStart when the new rows are drawn: set it first.
            windowStart.set(start);
            rows.setAll(fetchedRows.range(start, Math.min(fetchedRows.size(), start + WINDOW)));
        }
        return shift;
    }

    void append(CompactRows page, boolean stillMore) {
        long windowEnd = windowStart.get() + rows.size();
        boolean windowAtTail = windowEnd == fetchedRows.size();
        fetchedRows.add(page);
        if (windowAtTail && rows.size() < WINDOW) {
            rows.addAll(fetchedRows.range(windowEnd, Math.min(fetchedRows.size(), windowStart.get() + WINDOW)));
        }
        fetched.set(fetchedRows.size());
        more.set(stillMore);
    }

    // Export: the statement to run again for "all rows", and the rows fetched so far.
    private dev.sextant.core.session.SourceQuery source;

    /** The statement that produced these rows, or null when it cannot be run again. */
    public dev.sextant.core.session.SourceQuery source() {
        return source;
    }

    void setSource(dev.sextant.core.session.SourceQuery query) {
        source = query;
    }

    /** Every row fetched so far, as of now; read it on any thread. */
    public FetchedRows fetchedSnapshot() {
        return fetchedRows.snapshot();
    }
}
