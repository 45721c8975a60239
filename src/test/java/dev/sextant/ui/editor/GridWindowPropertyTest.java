package dev.sextant.ui.editor;

import dev.sextant.ui.results.ResultSheet;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.ui.results.GridWindow.Jump;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random scrolls, key jumps, selections and fetches over a result whose grid holds a small
 * window, driven as the result pane drives the sheet. Row {@code n} (counting from 1) holds
 * {@code n} and {@code "row n"}, so what the grid must show at each number is known.
 */
class GridWindowPropertyTest {

    private static final List<ResultColumn> COLUMNS = List.of(
            new ResultColumn("n", "int4", true), new ResultColumn("label", "text", false));

    sealed interface Step permits Scroll, Select, Press, Fetch {
    }

    /** The grid scrolls so that its row at {@code pick} (wrapped into the list) is on top. */
    record Scroll(int pick, boolean toAnEnd) implements Step {
    }

    record Select(int pick) implements Step {
    }

    record Press(Jump jump) implements Step {
    }

    record Fetch(int rows, boolean more) implements Step {
    }

    @Property(tries = 300)
    void theGridAlwaysShowsTheResultsRowsInOrderAndKeepsTheSelectedRow(
            @ForAll @IntRange(min = 20, max = 80) int window, @ForAll @IntRange(min = 1, max = 5) int onScreen,
            @ForAll @IntRange(max = 200) int firstPage, @ForAll("steps") List<Step> steps) {
        ResultSheet sheet = new ResultSheet("t", COLUMNS, rows(1, firstPage), null, window);
        long fetched = firstPage;
        long selected = -1;
        for (Step step : steps) {
            int size = sheet.rows().size();
            int lastTop = Math.max(0, size - onScreen);
            if (step instanceof Scroll s) {
                int index = s.toAnEnd() ? (s.pick() % 2 == 0 ? 0 : lastTop) : s.pick() % (lastTop + 1);
                boolean moved = sheet.scrolled(index, onScreen);
                assertFalse(moved && sheet.scrolled(sheet.topIndex(), onScreen), "looking again after a move moves no more");
            } else if (step instanceof Select s && size > 0) {
                sheet.selected(s.pick() % size);
                selected = sheet.windowStartProperty().get() + s.pick() % size;
            } else if (step instanceof Press p) {
                selected = fetched == 0 ? selected : expectedAfter(p.jump(), selected, fetched, onScreen);
                sheet.jump(p.jump(), onScreen);
                assertFalse(sheet.scrolled(sheet.topIndex(), onScreen), "the grid's look after a jump moves no more");
                if (selected >= 0) {
                    long top = sheet.viewTopProperty().get();
                    assertTrue(top <= selected && selected < top + onScreen, "the selected row is on screen after " + p);
                }
            } else if (step instanceof Fetch f) {
                sheet.append(rows(fetched + 1, f.rows()), f.more());
                fetched += f.rows();
            }
            check(sheet, window, onScreen, fetched, selected, step);
        }
    }

    private static void check(ResultSheet sheet, int window, int onScreen, long fetched, long selected, Step step) {
        long start = sheet.windowStartProperty().get();
        List<Object[]> shown = sheet.rows();
        assertEquals(Math.min(window, fetched - start), shown.size(), "the window is full or ends at the last row, after " + step);
        for (int i = 0; i < shown.size(); i++) {
            long number = start + i + 1;
            assertEquals(number, ((Number) shown.get(i)[0]).longValue(), "the row numbered " + number + " after " + step);
            assertEquals("row " + number, shown.get(i)[1]);
        }
        assertEquals(fetched, sheet.fetchedProperty().get());
        if (fetched > 0) {
            int top = sheet.topIndex();
            assertTrue(top >= 0 && top + Math.min(onScreen, fetched) <= shown.size(), "the rows on screen are in the window");
            assertEquals(start + top, sheet.viewTopProperty().get());
        }
        assertEquals(selected, sheet.selectedRow(), "the same row stays selected after " + step);
        boolean inWindow = selected >= start && selected < start + shown.size();
        assertEquals(inWindow ? (int) (selected - start) : -1, sheet.selectedIndex());
    }

    /** Where a key takes the selection: the ends of the result, or a screen's worth of rows on. */
    private static long expectedAfter(Jump jump, long selected, long fetched, int onScreen) {
        return switch (jump) {
            case FIRST -> 0;
            case LAST -> fetched - 1;
            case PAGE_DOWN -> selected < 0 ? -1 : Math.min(fetched - 1, selected + onScreen);
            case PAGE_UP -> selected < 0 ? -1 : Math.max(0, selected - onScreen);
        };
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> scroll = Arbitraries.integers().between(0, 10_000).map(pick -> new Scroll(pick, false));
        Arbitrary<Step> toAnEnd = Arbitraries.integers().between(0, 1).map(pick -> new Scroll(pick, true));
        Arbitrary<Step> select = Arbitraries.integers().between(0, 10_000).map(Select::new);
        Arbitrary<Step> press = Arbitraries.of(Jump.class).map(Press::new);
        Arbitrary<Step> fetch = Arbitraries.integers().between(0, 120)
                .flatMap(rows -> Arbitraries.of(true, false).map(more -> new Fetch(rows, more)));
        return Arbitraries.frequencyOf(Tuple.of(4, scroll), Tuple.of(3, toAnEnd), Tuple.of(3, select),
                Tuple.of(3, press), Tuple.of(2, fetch)).list().ofMaxSize(60);
    }

    /** {@code count} rows numbered from {@code first}. */
    private static CompactRows rows(long first, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (long n = first; n < first + count; n++) {
            rows.add(new Object[] {n, "row " + n});
        }
        return CompactRows.of(2, rows);
    }
}
