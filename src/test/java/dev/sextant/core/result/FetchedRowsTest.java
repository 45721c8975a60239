package dev.sextant.core.result;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
