package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column is as wide as its longest values wherever they sit in the sample, also when more long
 * values than the few measured come late, after many short ones.
 */
class ColumnWidthsTest {

    private static final ResultColumn NOTE = new ResultColumn("note", "text", false);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // text is measured by the toolkit's font engine
    }

    @Test
    void whatAHeaderShowsBesideItsNameWidensAShortColumnByAsMuch() {
        ColumnWidths widths = new ColumnWidths(Font.font(12));
        ResultColumn id = new ResultColumn("identifier", "", false);
        List<Object[]> shortValues = rows(10, "7");
        double plain = widths.fit(id, shortValues, 0, 0);
        assertThat(widths.fit(id, shortValues, 0, 30)).isEqualTo(plain + 30);
    }

    @Test
    void aLongValueLateInTheSampleWidensTheColumn() {
        ColumnWidths widths = new ColumnWidths(Font.font(12));
        List<Object[]> shortOnly = rows(2_000, "ab");
        List<Object[]> withLong = new ArrayList<>(shortOnly);
        withLong.set(1_500, new Object[] {"a value much longer than the header and the others"});

        assertThat(widths.fit(NOTE, withLong, 0, 0)).isGreaterThan(widths.fit(NOTE, shortOnly, 0, 0) + 100);
    }

    @Test
    void theWidestOfManyLongValuesCountsEvenWhenItComesLast() {
        ColumnWidths widths = new ColumnWidths(Font.font(12));
        List<Object[]> rows = rows(2_000, "ab");
        for (int i = 100; i < 130; i++) { // more medium values than the 12 measured
            rows.set(i, new Object[] {"medium value"});
        }
        double medium = widths.fit(NOTE, rows, 0, 0);
        rows.set(1_999, new Object[] {"the longest value of all, the very last row"});

        assertThat(widths.fit(NOTE, rows, 0, 0)).isGreaterThan(medium + 100);
    }

    @Test
    void nullsAreMeasuredAsTheWordNull() {
        ColumnWidths widths = new ColumnWidths(Font.font(12));
        List<Object[]> nulls = new ArrayList<>();
        nulls.add(new Object[] {null});

        assertThat(widths.fit(new ResultColumn("n", "", false), nulls, 0, 0))
                .isEqualTo(widths.fit(new ResultColumn("n", "", false), List.<Object[]>of(new Object[] {"NULL"}), 0, 0));
    }

    private static List<Object[]> rows(int count, String value) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {value});
        }
        return rows;
    }
}
