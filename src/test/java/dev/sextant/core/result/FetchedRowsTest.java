package dev.sextant.core.result;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FetchedRowsTest {

    private static CompactRows numbers(int from, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {from + i});
        }
        return CompactRows.of(1, rows);
    }

    /** Pages of any sizes, empty ones among them: any range reads the numbers in order. */
    @Property
    void anyRangeReadsAcrossPagesInOrder(@ForAll @Size(max = 8) List<@IntRange(max = 50) Integer> pageSizes,
                                         @ForAll @IntRange(max = 400) int a, @ForAll @IntRange(max = 400) int b) {
        FetchedRows fetched = new FetchedRows(numbers(0, 3));
        int total = 3;
        for (int size : pageSizes) {
            fetched.add(numbers(total, size));
            total += size;
        }
        assertEquals(total, fetched.size());
        int from = Math.min(Math.min(a, b), total);
        int to = Math.min(Math.max(a, b), total);
        List<Object[]> range = fetched.range(from, to);
        assertEquals(to - from, range.size());
        for (int i = 0; i < range.size(); i++) {
            assertEquals(from + i, range.get(i)[0]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> fetched.range(0, fetched.size() + 1));
    }

    /** A sample holds the first rows and rows spread to the end, so a wide value deep in the result is seen. */
    @Property
    void aSampleHoldsTheFirstRowsAndReachesTheEnd(@ForAll @IntRange(min = 1, max = 30) int count,
                                                  @ForAll @Size(max = 6) List<@IntRange(max = 300) Integer> pageSizes) {
        FetchedRows fetched = new FetchedRows(numbers(0, 1));
        int total = 1;
        for (int size : pageSizes) {
            fetched.add(numbers(total, size));
            total += size;
        }
        List<Object[]> sample = fetched.sample(count);
        if (total <= 2 * count) {
            assertEquals(total, sample.size(), "every row of a small result");
            return;
        }
        assertEquals(2 * count, sample.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i, sample.get(i)[0], "the first rows come first, in order");
        }
        int last = (Integer) sample.get(sample.size() - 1)[0];
        assertTrue(last >= total - 1 - (total - count) / count, "the spread reaches the last rows: " + last + " of " + total);
    }
}
