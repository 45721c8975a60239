package dev.sextant.ui.dataio;

/** Which rows an export writes. */
public enum ExportScope {
    /** Every row: the statement runs again on a connection of the export's own. */
    ALL_ROWS("All rows (runs the query again)"),
    /** Every row, the statement run again on the tab's own session: inside its open transaction. */
    IN_THIS_TRANSACTION("All rows, in this tab's transaction (sees its uncommitted changes)"),
    /** The rows in the grid already, as they are: nothing runs. */
    FETCHED_ROWS("Only the rows fetched so far");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
