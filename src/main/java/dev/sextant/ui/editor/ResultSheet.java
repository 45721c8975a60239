package dev.sextant.ui.editor;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ResultStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * A result shown in its own tab of {@code resultTabs}: the rows fetched so far (the grid's
 * items) and, while the query has more, the stream the rest comes from.
 */
public final class ResultSheet {

    /** The grid never holds more rows than this: past it, a TableView's scrolling slows down. */
    public static final int GRID_CAP = 200_000;

    private final String title;
    private final List<ResultColumn> columns;
    private final ObservableList<Object[]> rows;
    private final ResultStream stream;
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty fetching = new SimpleBooleanProperty();
    private final LongProperty fetched = new SimpleLongProperty();

    public ResultSheet(String title, List<ResultColumn> columns, List<Object[]> firstPage, ResultStream stream) {
        this.title = title;
        this.columns = List.copyOf(columns);
        this.rows = FXCollections.observableArrayList(firstPage);
        this.stream = stream;
        more.set(stream != null && stream.isOpen());
        fetched.set(firstPage.size());
    }

    public String title() {
        return title;
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    public ObservableList<Object[]> rows() {
        return rows;
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

    public LongProperty fetchedProperty() {
        return fetched;
    }

    /** Whether the grid is full: more rows would make it slow, so the user re-queries or exports. */
    public boolean atCap() {
        return rows.size() >= GRID_CAP;
    }

    void append(List<Object[]> page, boolean stillMore) {
        rows.addAll(page);
        fetched.set(rows.size());
        more.set(stillMore);
    }
}
