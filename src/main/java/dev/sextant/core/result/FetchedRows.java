package dev.sextant.core.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every row of a result fetched so far, page after page, kept compact: in the heap up to the
 * result's {@link RowBudget}, then in a {@link SpillFile}, read back a page at a time. The grid
 * shows a window of these; this is what the window moves over.
 *
 * <p>Threads: {@link #keep} runs where the page was fetched (a background thread: it may write
 * to disk); {@link #add} and the reads run on one other thread (the FX thread). A page read back
 * from disk is kept among a few recent ones, so scrolling within it reads the disk once.
 */
public final class FetchedRows implements AutoCloseable {

    private static final int RECENT_PAGES = 4;

    private final Store store;
    private final List<Page> pages = new ArrayList<>();
    private final List<Long> starts = new ArrayList<>();
    private final Map<Page, CompactRows> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Page, CompactRows> eldest) {
            return size() > RECENT_PAGES;
        }
    };
    private long size;
    private long memoryRows; // the leading rows held in the heap

    /** Rows all kept in memory. */
    public FetchedRows(CompactRows first) {
        this(first, RowBudget.inMemory());
    }

    /** Rows kept within {@code budget}, the first page in memory. */
    public FetchedRows(CompactRows first, RowBudget budget) {
        this.store = new Store(budget);
        add(store.inMemory(first));
    }

    private FetchedRows(Store store) {
        this.store = store;
    }

    /** The rows fetched until now, unchanged by pages added later: an export reads them on another thread. */
    public FetchedRows snapshot() {
        FetchedRows copy = new FetchedRows(store);
        pages.forEach(copy::add);
        return copy;
    }

    /**
     * Keeps a page within the budget, writing it to the spill file when the heap's share is
     * used up: call where the page was fetched, then hand the answer to {@link #add}.
     */
    public Page keep(CompactRows page) throws IOException {
        return store.keep(page);
    }

    /** Keeps a page and adds it at once: for pages that will not spill, or off the FX thread. */
    public void add(CompactRows page) {
        try {
            add(keep(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(Page page) {
        if (page.size() == 0) {
            return;
        }
        pages.add(page);
        starts.add(size);
        size += page.size();
        if (!page.onDisk() && memoryRows == size - page.size()) {
            memoryRows = size;
        }
    }

    public long size() {
        return size;
    }

    /** The bytes the rows take in the heap, as {@link CompactRows#bytes()} counts them. */
    public long bytes() {
        return store.memory.get();
    }

    /** The bytes the rows take on disk, in the spill file. */
    public long diskBytes() {
        return store.diskBytes();
    }

    /** Deletes the spill file: call when the result closes. The rows are no longer readable. */
    @Override
    public void close() {
        store.close();
    }

    /** Row {@code row} as an array of values. */
    public Object[] row(long row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row + " of " + size);
        }
        int page = pageOf(row);
        return rowsOf(page).get((int) (row - starts.get(page)));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), each decoded when it is read. */
    public List<Object[]> view(long from, long to) {
        check(from, to);
        return new View(from, (int) (to - from));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), as arrays of values. */
    public List<Object[]> range(long from, long to) {
        return new ArrayList<>(view(from, to));
    }

    /**
     * The first {@code count} rows (what is seen first) and {@code count} more spread evenly over
     * the others held in the heap: all rows when there are no more than twice {@code count}.
     */
    public List<Object[]> sample(int count) {
        if (size <= 2L * count) {
            return range(0, size);
        }
        List<Object[]> rows = range(0, count);
        // Rows on disk are left out: reading a page back for every sampled row would read the whole file.
        long rest = Math.max(count, memoryRows) - count;
        if (rest == 0) {
            return rows;
        }
        for (int i = 0; i < count; i++) {
            rows.add(row(count + i * rest / count));
        }
        return rows;
    }

    private void check(long from, long to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + size);
        }
    }

    private CompactRows rowsOf(int index) {
        Page page = pages.get(index);
        if (page.inMemory != null) {
            return page.inMemory;
        }
        synchronized (recent) {
            CompactRows rows = recent.get(page);
            if (rows == null) {
                rows = store.read(page);
                recent.put(page, rows);
            }
            return rows;
        }
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

    /** A page of rows, in the heap or at a place in the spill file. */
    public static final class Page {
        private final CompactRows inMemory;
        private final SpillFile.Region onDisk;
        private final int size;

        private Page(CompactRows inMemory, SpillFile.Region onDisk, int size) {
            this.inMemory = inMemory;
            this.onDisk = onDisk;
            this.size = size;
        }

        public int size() {
            return size;
        }

        /** Whether the page was written to the spill file. */
        public boolean onDisk() {
            return onDisk != null;
        }
    }

    private final class View extends AbstractList<Object[]> implements RandomAccess {
        private final long from;
        private final int size;

        View(long from, int size) {
            this.from = from;
            this.size = size;
        }

        @Override
        public Object[] get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return row(from + index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The heap share and the spill file, shared by a result and its snapshots. */
    private static final class Store {
        private final RowBudget budget;
        private final AtomicLong memory = new AtomicLong();
        private volatile SpillFile file;
        private boolean closed;

        Store(RowBudget budget) {
            this.budget = budget;
        }

        Page inMemory(CompactRows rows) {
            memory.addAndGet(rows.bytes());
            return new Page(rows, null, rows.size());
        }

        synchronized Page keep(CompactRows rows) throws IOException {
            if (budget.spillDirectory() == null || memory.get() + rows.bytes() <= budget.memoryBytes()) {
                return inMemory(rows);
            }
            if (closed) {
                throw new IOException("The result was closed.");
            }
            if (file == null) {
                file = SpillFile.create(budget.spillDirectory(), budget.diskReserveBytes());
            }
            return new Page(null, file.write(rows), rows.size());
        }

        CompactRows read(Page page) {
            try {
                return file.read(page.onDisk);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized long diskBytes() {
            return file == null ? 0 : file.bytes();
        }

        synchronized void close() {
            closed = true;
            if (file != null) {
                file.close();
            }
        }
    }
}
