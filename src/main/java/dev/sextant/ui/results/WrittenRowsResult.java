package dev.sextant.ui.results;

import dev.sextant.core.session.SourceQuery;
import dev.sextant.core.session.TableChanges;
import dev.sextant.core.session.WrittenRows;

import java.util.List;

/** The rows the open transaction wrote in one table, as a result tab of its own in the tab that wrote them. */
public final class WrittenRowsResult {

    private WrittenRowsResult() {
    }

    /** Lists them on the tab's own session (no other connection can see them); an error goes to the messages. */
    public static void open(ResultHost model, TableChanges table) {
        WrittenRows.query(model.endpoint().spec().engine(), table.table()).ifPresent(sql ->
                ResultRequest.run(model, new SourceQuery(sql, List.of()), "Written in " + table.table().written(),
                        result -> model.results().add(ResultSheet.openedAlone(result)), error -> { }));
        // the error is already in the messages, where the user reads every failure of the tab
    }
}
