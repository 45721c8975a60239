package dev.sextant.ui.results;

import dev.sextant.core.result.FetchedRows;
import javafx.collections.ObservableListBase;

import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows the grid holds: a window over the fetched rows whose rows are decoded only when the
 * grid asks for them, a screenful at a time. Copying a whole 10,000-row window into a list on
 * each move decoded every row of it on the FX thread (65–93 ms a move); this decodes the ~40 the
 * grid draws. The last rows decoded are kept, as each cell of a row asks for the row again.
 */
final class WindowRows extends ObservableListBase<Object[]> implements RandomAccess {

    private static final int RECENT = 512;

    private final FetchedRows fetched;
    private final Object[][] recent = new Object[RECENT][];
    private final long[] recentRow = new long[RECENT];
    private long start;
    private int size;

    WindowRows(FetchedRows fetched, long start, int size) {
        this.fetched = fetched;
        this.start = start;
        this.size = size;
        Arrays.fill(recentRow, -1);
    }

    @Override
    public Object[] get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        long row = start + index;
        int slot = (int) (row % RECENT);
        if (recentRow[slot] != row) {
            recent[slot] = fetched.row(row);
            recentRow[slot] = row;
        }
        return recent[slot];
    }

    @Override
    public int size() {
        return size;
    }

    /** The window now holds {@code length} rows from {@code from}: every row the grid held is replaced. */
    void show(long from, int length) {
        List<Object[]> was = fetched.view(start, start + size); // decoded only if a listener reads it
        start = from;
        size = length;
        beginChange();
        nextRemove(0, was);
        nextAdd(0, length);
        endChange();
    }

    /** The window grew at its end to {@code length} rows (more were fetched). */
    void grow(int length) {
        int was = size;
        size = length;
        beginChange();
        nextAdd(was, length);
        endChange();
    }
}
