package dev.sextant.core.result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows past a result's memory budget go to a spill file of the app's own and come back intact. */
class SpilledRowsTest {

    @TempDir
    Path home;

    private static CompactRows page(int from, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            rows.add(new Object[] {i, (long) i * 3, "row " + i + " é", i % 2 == 0, i / 4.0, i % 5 == 0 ? null : "x"});
        }
        return CompactRows.of(6, rows);
    }

    private static Object[] expected(int i) {
        return new Object[] {i, (long) i * 3, "row " + i + " é", i % 2 == 0, i / 4.0, i % 5 == 0 ? null : "x"};
    }

    private Path spillDir() {
        return home.resolve(SpillFile.FOLDER);
    }

    private List<Path> spillFiles() throws IOException {
        if (!Files.isDirectory(spillDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spillDir())) {
            return files.toList();
        }
    }

    @Test
    void pagesPastTheBudgetAreReadBackFromDiskAndTheFileGoesWithTheResult() throws IOException {
        CompactRows first = page(0, 100);
        FetchedRows rows = new FetchedRows(first, new RowBudget(first.bytes() * 2, spillDir(), 0));
        for (int from = 100; from < 1_000; from += 100) {
            FetchedRows.Page kept = rows.keep(page(from, 100));
            rows.add(kept);
        }
        assertEquals(1_000, rows.size());
        assertTrue(rows.bytes() <= first.bytes() * 2, "the heap keeps to its budget");
        assertTrue(rows.diskBytes() > 0, "the rest went to disk");
        assertEquals(1, spillFiles().size());
        for (int i : new int[] {0, 150, 199, 200, 555, 999}) {
            assertArrayEquals(expected(i), rows.row(i), "row " + i);
        }
        List<Object[]> across = rows.view(180, 420);
        for (int i = 0; i < across.size(); i++) {
            assertArrayEquals(expected(180 + i), across.get(i));
        }
        FetchedRows snapshot = rows.snapshot();
        assertArrayEquals(expected(999), snapshot.row(999), "a snapshot reads the same file");

        rows.close();
        assertEquals(List.of(), spillFiles(), "closing the result deletes its spill file");
    }

    @Test
    void aFullDiskStopsSpillingAndKeepsWhatWasFetched() throws IOException {
        CompactRows first = page(0, 100);
        FetchedRows rows = new FetchedRows(first, new RowBudget(first.bytes(), spillDir(), Long.MAX_VALUE / 2));
        IOException full = assertThrows(SpillFile.DiskFullException.class, () -> rows.keep(page(100, 100)));
        assertTrue(full.getMessage().contains("free"), full.getMessage());
        assertEquals(100, rows.size());
        assertArrayEquals(expected(99), rows.row(99));
        rows.close();
        assertEquals(List.of(), spillFiles());
    }

    @Test
    void aFileLeftByACrashedAppIsDeletedAtTheNextStartAndALiveOneIsKept() throws Exception {
        Process crashed = SpillChild.start(home, "crash", "");
        assertEquals(SpillChild.CRASHED, crashed.waitFor(), SpillChild.output(crashed));
        assertEquals(1, spillFiles().size(), "the crash left its spill file");

        CompactRows first = page(0, 10);
        FetchedRows live = new FetchedRows(first, new RowBudget(0, spillDir(), 0));
        live.add(live.keep(page(10, 10)));
        assertEquals(2, spillFiles().size());

        assertEquals(1, SpillFile.deleteLeftovers(spillDir()), "the next start deletes the crash's file");
        assertEquals(1, spillFiles().size(), "the running result keeps its own");
        assertArrayEquals(expected(15), live.row(15));
        live.close();
        assertEquals(List.of(), spillFiles());
    }

    /** More rows than a 256 MB heap could hold: all fetched, the last one read right, nothing left on disk. */
    @Test
    void threeMillionRowsFetchCompletelyInASmallHeapAndTheLastRowReadsRight() throws Exception {
        Process child = SpillChild.start(home, "3000000", "-Xmx256m");
        String out = SpillChild.output(child);
        assertEquals(0, child.waitFor(), out);
        System.out.println(out); // the figures, in the test report
        String expectedLast = "rows=3000000 last=3000000|" + "0".repeat(33) + "3000000|4500000.0 ";
        assertTrue(out.contains(expectedLast), out);
        long heap = Long.parseLong(out.replaceAll("(?s).*heapBytes=(\\d+).*", "$1"));
        long budget = Long.parseLong(out.replaceAll("(?s).*budget=(\\d+).*", "$1"));
        long disk = Long.parseLong(out.replaceAll("(?s).*diskBytes=(\\d+).*", "$1"));
        assertTrue(heap <= budget, "rows in the heap keep to the budget: " + out);
        assertTrue(disk > 100L << 20, "most rows went to disk: " + out);
        assertEquals(List.of(), spillFiles(), "the spill file is gone after the result closed");
    }
}
