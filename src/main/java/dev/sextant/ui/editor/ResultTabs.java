package dev.sextant.ui.editor;

import dev.sextant.core.run.ExpandedDisplay;
import dev.sextant.ui.results.RecordSwitch;
import dev.sextant.ui.results.ResultPane;
import dev.sextant.ui.results.ResultSheet;
import javafx.scene.control.Tab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The result panes of one editor tab, kept across runs: a re-run's result (or a re-query's, or
 * the next script's results) is shown in a pane the tab had already, so its grid keeps its skin,
 * cells and styles. A new pane for every result was most of a re-run's time from the Run click to
 * its first row on screen. A pane with grid edits not saved, or one that can show records, is
 * never handed on: it goes with its result, as every pane did before.
 */
final class ResultTabs {

    /** At most this many spare panes wait for the next run: a script's results rarely fill more tabs. */
    private static final int SPARE = 4;

    private final EditorTabViewModel model;
    private final Deque<ResultPane> spare = new ArrayDeque<>();
    /** The {@code \x} mode each result came under, kept while the result is. */
    private final Map<ResultSheet, ExpandedDisplay> cameUnder = new WeakHashMap<>();

    ResultTabs(EditorTabViewModel model) {
        this.model = model;
    }

    /** Makes the tab's first pane before its first result, hidden in {@code area}; a result that comes first gets a new one. */
    void prepare(javafx.scene.layout.Pane area) {
        dev.sextant.ui.results.PaneAhead.make(model, area, pane -> {
            if (spare.size() < SPARE) {
                spare.push(pane);
            }
        });
    }

    /** Whether a pane waits for the tab's next result. */
    boolean hasSpare() {
        return !spare.isEmpty();
    }

    /** A pane showing {@code sheet}: a spare one when there is one, else a new one (with records if {@code \x} said so). */
    ResultPane paneFor(ResultSheet sheet) {
        ExpandedDisplay mode = cameUnder.computeIfAbsent(sheet, s -> model.records().mode());
        if (mode == ExpandedDisplay.OFF && !spare.isEmpty()) {
            ResultPane pane = spare.pop();
            pane.show(sheet);
            return pane;
        }
        ResultPane pane = new ResultPane(sheet, model);
        RecordSwitch.install(pane, sheet, mode);
        return pane;
    }

    /** {@code tab}'s result is replaced by {@code next} (sorted or filtered on the server): its pane shows it if it may. */
    void replace(Tab tab, ResultSheet next) {
        if (tab.getContent() instanceof ResultPane pane && reusable(pane)
                && cameUnder.computeIfAbsent(next, s -> model.records().mode()) == ExpandedDisplay.OFF) {
            pane.show(next);
        } else {
            release(tab);
            tab.setContent(paneFor(next));
        }
    }

    /** {@code tab} goes: its pane lets go of its result, and waits for the next run if it may be used again. */
    void release(Tab tab) {
        if (tab.getContent() instanceof ResultPane pane) {
            boolean reusable = reusable(pane); // asked before: a released pane has no edits to ask
            pane.release();
            if (reusable && spare.size() < SPARE && !spare.contains(pane)) {
                spare.push(pane);
            }
        }
    }

    private static boolean reusable(ResultPane pane) {
        return !pane.edits().hasPendingChanges() && !RecordSwitch.installedOn(pane);
    }
}
