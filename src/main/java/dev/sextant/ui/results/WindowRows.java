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

    /**
     * The window now holds {@code length} rows from {@code from}: every row the grid held is replaced.
     * A window of the same size says so as an update of every row, not as all rows removed and
     * added: the grid then only redraws its cells, where a replacement of its whole list made it
     * empty every cell and fill it again (twice the work and CSS state changes per cell and move).
     */
    void show(long from, int length) {
        boolean sameSize = length == size;
        List<Object[]> was = sameSize ? List.of() : fetched.view(start, start + size); // decoded only if read
        start = from;
        size = length;
        beginChange();
        if (sameSize) {
            for (int i = 0; i < length; i++) {
                nextUpdate(i);
            }
        } else {
            nextRemove(0, was);
            nextAdd(0, length);
        }
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
