package dev.sextant.core.edit;

import dev.sextant.core.text.Wording;

import java.util.Map;

/**
 * What Save did, as the server confirmed it: the rows each kind of statement changed (from its
 * update count or the rows it returned), and the saved rows read back with their real values.
 *
 * @param rows the rows updated or inserted, as the server now holds them, by the row they were
 */
public record SaveResult(long inserted, long updated, long deleted, Map<RowRef, Object[]> rows) {

    public SaveResult {
        rows = Map.copyOf(rows);
    }

    public long rowsChanged() {
        return inserted + updated + deleted;
    }

    /** "Saved 3 changes", from the counts the server returned. */
    public String describe() {
        return "Saved " + Wording.count(rowsChanged(), "change");
    }
}
