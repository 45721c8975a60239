package dev.sextant.ui.results;

import dev.sextant.core.text.Wording;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.List;

/**
 * What of a result pane belongs to the one result it shows: the count line, Fetch all and
 * "Fetching…", the filter, the edit controls, export and the grid's editing, all made here for
 * one sheet and all undone by {@link #release}, so the pane (its grid's skin and cells kept) can
 * show the next result. Once released nothing listens to the sheet any more: a late page of an
 * old result must not change the line of the new one.
 */
final class ShownResult {

    /** The pane's lasting parts that a result fills in. */
    record Parts(HBox bar, Pane spacer, Label count, Label progress, Button fetchAll, ResultGrid grid, Runnable look) {
    }

    private final ResultSheet sheet;
    private final Parts parts;
    private final ServerSort serverSort;
    private final GridEdits edits;
    private final EditBar editBar;
    /** Everything to take back on release, in the order it was done. */
    private final List<Runnable> undo = new ArrayList<>();
    private boolean released;
    /** As "Fetching…" shows it (see {@link #fetchingShown}). */
    private boolean fetchingNow;

    <T extends ResultFetcher & ResultHost> ShownResult(ResultSheet sheet, T model, Parts parts) {
        this.sheet = sheet;
        this.parts = parts;
        ResultGrid grid = parts.grid();
        serverSort = new ServerSort(sheet, model, grid); // header clicks and the filter re-run on the server
        undo.add(serverSort::release);
        edits = new GridEdits(sheet, model);
        editBar = new EditBar(edits, sheet, grid.table(), sheet.windowStartProperty()::get);
        follow(sheet.fetchedProperty(), (obs, was, now) -> {
            grid.fitRowNumbers(now.longValue());
            grid.widenForFetchedRows();
            parts.look().run();
        });
        bindBar(model);
        undo.add(GridEditing.install(grid, edits, sheet.windowStartProperty()::get));
        edits.check();
    }

    ResultSheet sheet() {
        return sheet;
    }

    GridEdits edits() {
        return edits;
    }

    EditBar editBar() {
        return editBar;
    }

    void setActive(boolean active) {
        serverSort.setActive(active);
        editBar.setActive(active);
    }

    /** Stops following the sheet and takes this result's controls off the pane; a second call does nothing. */
    void release() {
        released = true;
        undo.forEach(Runnable::run);
        undo.clear();
    }

    private <V> void follow(ObservableValue<V> value, ChangeListener<? super V> listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    /** The count line, Fetch all with its progress, and the filter, edit and export controls made by their classes. */
    private <T extends ResultFetcher & ResultHost> void bindBar(T model) {
        diskUse();
        showCount();
        // Pages arriving change the line at most every 100 ms: re-laying out the bar for every page of Fetch all
        // cost frames; what the user does (a scroll, the last page) shows at once.
        AtMostEvery pagesArriving = new AtMostEvery(javafx.util.Duration.millis(100), this::showCount);
        follow(sheet.fetchedProperty(), (obs, was, now) -> pagesArriving.ask());
        for (ObservableValue<?> changed : List.of(sheet.moreProperty(), sheet.viewTopProperty(), sheet.viewRowsProperty())) {
            follow(changed, (obs, was, now) -> showCount());
        }
        javafx.beans.value.ObservableBooleanValue fetching = fetchingShown();
        follow(fetching, (obs, was, now) -> showCount()); // "more load as you scroll" is not said while they load
        Label progress = parts.progress();
        Button fetchAll = parts.fetchAll();
        progress.visibleProperty().bind(fetching);
        progress.managedProperty().bind(fetching); // wider than the spinner was: no room kept while nothing arrives
        fetchAll.visibleProperty().bind(sheet.moreProperty());
        fetchAll.disableProperty().bind(fetching);
        fetchAll.setOnAction(e -> model.fetchAll(sheet));
        undo.add(() -> {
            progress.visibleProperty().unbind();
            progress.managedProperty().unbind();
            fetchAll.visibleProperty().unbind();
            fetchAll.disableProperty().unbind();
            fetchAll.setOnAction(null);
        });
        // The filter sits in the count's line, so the grid keeps every row of its height.
        HBox bar = parts.bar();
        Button export = ResultExport.button(sheet, model, parts.grid().table());
        bar.getChildren().add(bar.getChildren().indexOf(parts.spacer()), serverSort.filterBox());
        bar.getChildren().addAll(editBar.controls(), export);
        undo.add(() -> {
            export.idProperty().unbind(); // it follows the grid's id, which would keep it, and this sheet, alive
            bar.getChildren().removeAll(serverSort.filterBox(), editBar.controls(), export);
        });
    }

    /**
     * Whether a fetch runs, as "Fetching…" and Fetch all show it: on at once, off only if still
     * off once the event that turned it off is done. Fetch all ends each page's fetch and starts
     * the next in one event, which re-styled both controls for every page.
     */
    private javafx.beans.value.ObservableBooleanValue fetchingShown() {
        javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(
                sheet.fetchingProperty().get());
        fetchingNow = shown.get();
        follow(shown, (obs, was, now) -> fetchingNow = now);
        follow(sheet.fetchingProperty(), (obs, was, now) -> {
            if (now) {
                shown.set(true);
            } else {
                Platform.runLater(() -> shown.set(sheet.fetchingProperty().get()));
            }
        });
        return shown;
    }

    /** The count line's tooltip says how much of the result lies on disk, once some does. */
    private void diskUse() {
        Label count = parts.count();
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> String.format(
                "%,d MB of these rows are on disk, in a temporary file deleted when the result closes",
                sheet.diskBytesProperty().get() >> 20), sheet.diskBytesProperty()));
        count.setTooltip(sheet.diskBytesProperty().get() > 0 ? tip : null);
        follow(sheet.diskBytesProperty(), (obs, was, now) -> count.setTooltip(now.longValue() > 0 ? tip : null));
        undo.add(() -> count.setTooltip(null));
    }

    /** Sets the count line's text, only when it changed (a new text lays the bar out again). */
    void showCount() {
        String text = countText();
        if (!released && !text.equals(parts.count().getText())) { // a pause ending after release is an old result's
            parts.count().setText(text);
        }
    }

    /** "1,000 rows so far · more load as you scroll", or which rows of how many are on screen. */
    private String countText() {
        long fetched = sheet.fetchedProperty().get();
        String more = !sheet.moreProperty().get() ? "" : fetchingNow ? " so far" : " so far · more load as you scroll";
        long first = sheet.viewTopProperty().get() + 1;
        long last = Math.min(fetched, first + sheet.viewRowsProperty().get() - 1);
        if (first == 1 && last >= fetched) {
            return Wording.count(fetched, "row") + more + serverSort.countNote();
        }
        // Wording.number, not String.format: this runs for every page Fetch all brings (see Wording).
        return "Rows " + Wording.number(first) + "–" + Wording.number(last) + " of " + Wording.number(fetched)
                + (more.isEmpty() ? "" : " fetched" + more) + serverSort.countNote();
    }
}
