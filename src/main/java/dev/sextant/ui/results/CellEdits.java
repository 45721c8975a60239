package dev.sextant.ui.results;

import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;

import java.util.function.LongSupplier;

/**
 * The edits and window start a grid's editing cells follow, for whichever result the grid shows:
 * the cells outlive a result when the next has the same columns, and making and styling a
 * screenful of new cells was most of a re-run's first paint. One per grid table.
 */
final class CellEdits {

    private GridEdits edits;
    private LongSupplier windowStart = () -> 0;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ChangeListener<Number> bump = (obs, was, now) -> revision.set(revision.get() + 1);

    /** The grid's holder, made on first use. */
    static CellEdits of(javafx.scene.control.TableView<?> table) {
        return (CellEdits) table.getProperties().computeIfAbsent(CellEdits.class, k -> new CellEdits());
    }

    /** From now on the cells show {@code next}'s pending values, rows counted from {@code start}. */
    void follow(GridEdits next, LongSupplier start) {
        if (edits != null) {
            edits.revisionProperty().removeListener(bump);
        }
        edits = next;
        windowStart = start;
        next.revisionProperty().addListener(bump);
        revision.set(revision.get() + 1);
    }

    /** The grid shows no result: nothing of the last one's is held (its rows may be the heap's share). */
    void forget() {
        if (edits != null) {
            edits.revisionProperty().removeListener(bump);
        }
        edits = null;
        windowStart = () -> 0;
    }

    /** The cells show their values again (as after an edit), the cells themselves kept. */
    void redraw() {
        revision.set(revision.get() + 1);
    }

    /** The edits shown; null while the grid shows no result. */
    GridEdits edits() {
        return edits;
    }

    long windowStart() {
        return windowStart.getAsLong();
    }

    /** Changes whenever the edits shown change, or the grid follows another result's. */
    ObservableIntegerValue revision() {
        return revision.getReadOnlyProperty();
    }
}
