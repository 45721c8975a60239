package dev.sextant.ui.results;

import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultColumn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * An editor tab's first result pane, made while the user is still writing the query: laid out
 * once, hidden, where the tab's results show, so its skins, headers and a screenful of cells
 * exist and are styled when the first result comes, which then only renames and retypes the
 * columns (as another query in a tab does). Making and styling them at the first result was most
 * of a new tab's time from the Run click to its first row on screen.
 */
public final class PaneAhead {

    /** More columns than most results: the first result drops the ones it does not need. */
    private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("id", "int4", true),
            new ResultColumn("name", "text", false), new ResultColumn("at", "timestamptz", false),
            new ResultColumn("amount", "numeric", true), new ResultColumn("done", "bool", false),
            new ResultColumn("note", "text", false), new ResultColumn("count", "int8", true),
            new ResultColumn("tag", "varchar", false));

    private static final int ROWS = 100;

    private PaneAhead() {
    }

    /**
     * Makes a pane for {@code model}'s tab after the app's warm-up, one step a pulse, laid out
     * hidden in {@code area} (where the tab's results show, so in the window's own scene: a pane
     * styled in another scene is styled again from nothing in this one), then hands it to
     * {@code ready}. It carries no automation id while it is there. FX thread only.
     */
    public static <T extends ResultFetcher & ResultHost> void make(T model, javafx.scene.layout.Pane area,
                                                                   Consumer<ResultPane> ready) {
        GridWarmUp.afterwards(() -> GridWarmUp.onePerPulse(steps(model, area, ready), 0));
    }

    private static <T extends ResultFetcher & ResultHost> Deque<Runnable> steps(T model, javafx.scene.layout.Pane area,
                                                                               Consumer<ResultPane> ready) {
        ResultPane[] pane = new ResultPane[1];
        Deque<Runnable> steps = new ArrayDeque<>();
        steps.add(() -> {
            pane[0] = ResultPane.ahead(placeholder(), model);
            pane[0].setVisible(false);
            // No cells until the growing steps: the scene's own pulses lay the pane out between steps,
            // and at its full height they made a screenful of cells in one frame (130-220 ms).
            pane[0].setMaxHeight(0);
        });
        steps.add(() -> area.getChildren().add(pane[0]));
        steps.add(area::applyCss); // the skins, the flow and the headers
        // A few rows of cells a step: a screenful in one step was a frame of 80 ms.
        GridWarmUp.grow(steps, area, height -> pane[0].setMaxHeight(height), 100, 180, 260, 340, 420, 500);
        steps.add(area::applyCss); // the new cells' own styles
        steps.add(() -> {
            area.getChildren().remove(pane[0]);
            pane[0].setVisible(true);
            pane[0].grid().clear(); // the placeholder rows go; the cells stay, waiting for the result's
            ready.accept(pane[0]);
        });
        return steps;
    }

    /** Rows with every kind of value the columns show, NULL among them, so every cell style is met. */
    private static ResultSheet placeholder() {
        List<Object[]> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {(long) i, i % 7 == 0 ? null : "row " + i, "2026-12-02 04:00:00+00", "12.50",
                    i % 2 == 0 ? "t" : "f", null, (long) i * 1000, "tag"});
        }
        return new ResultSheet("", COLUMNS, CompactRows.of(COLUMNS.size(), rows), null);
    }
}
