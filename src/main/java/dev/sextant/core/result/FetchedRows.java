package dev.sextant.core.result;

import java.util.ArrayList;
import java.util.List;

/**
 * Every row of a result fetched so far, page after page, kept compact. The grid shows a window
 * of these; this is what the window moves over. Not thread-safe: pages are added and read on
 * the FX thread once the background fetch hands them over.
 */
public final class FetchedRows {

    private final List<CompactRows> pages = new ArrayList<>();
    private final List<Long> starts = new ArrayList<>();
    private long size;
    private long bytes;

    public FetchedRows(CompactRows first) {
        add(first);
    }

    private FetchedRows() {
    }

    /** The rows fetched until now, unchanged by pages added later: an export reads them on another thread. */
    public FetchedRows snapshot() {
        FetchedRows copy = new FetchedRows();
        pages.forEach(copy::add);
        return copy;
    }

    public void add(CompactRows page) {
        if (page.isEmpty()) {
            return;
        }
        pages.add(page);
        starts.add(size);
        size += page.size();
        bytes += page.bytes();
    }

    public long size() {
        return size;
    }

    /** The bytes the rows take, as {@link CompactRows#bytes()} counts them. */
    public long bytes() {
        return bytes;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), as arrays of values. */
    public List<Object[]> range(long from, long to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + size);
        }
        List<Object[]> rows = new ArrayList<>((int) (to - from));
        int page = pageOf(from);
        long row = from;
        while (row < to) {
            CompactRows compact = pages.get(page);
            int offset = (int) (row - starts.get(page));
            int end = (int) Math.min(compact.size(), to - starts.get(page));
            for (int i = offset; i < end; i++) {
                rows.add(compact.get(i));
            }
            row += end - offset;
            page++;
        }
        return rows;
    }

    /**
     * The first {@code count} rows (what is seen first) and {@code count} more spread evenly over
     * all the others: all rows when there are no more than twice {@code count}.
     */
    public List<Object[]> sample(int count) {
        if (size <= 2L * count) {
            return range(0, size);
        }
        List<Object[]> rows = range(0, count);
        long rest = size - count;
        for (int i = 0; i < count; i++) {
            rows.add(row(count + i * rest / count));
        }
        return rows;
    }

    private Object[] row(long row) {
        int page = pageOf(row);
        return pages.get(page).get((int) (row - starts.get(page)));
    }

    private int pageOf(long row) {
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts.get(mid) <= row) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
