package dev.sextant.ui.results;

import dev.sextant.core.requery.ServerView;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.session.SourceQuery;

import java.util.List;

/**
 * Where a result sheet's rows came from: the statement (run again for an export of all rows or a
 * sort on the server), how long its first rows took, what the server was asked beyond it, and
 * whether its tab opens selected. Kept apart from the rows and the window of {@link ResultSheet}.
 */
final class ResultOrigin {

    private final SourceQuery source;
    private final long firstRowsMillis;
    private ServerView serverView;
    private boolean opensSelected;

    ResultOrigin(SourceQuery source, long firstRowsMillis) {
        this.source = source;
        this.firstRowsMillis = firstRowsMillis;
    }

    SourceQuery source() {
        return source;
    }

    long firstRowsMillis() {
        return firstRowsMillis;
    }

    void requeried(ServerView view) {
        serverView = view;
    }

    void opensSelected() {
        opensSelected = true;
    }

    boolean isOpenedSelected() {
        return opensSelected;
    }

    /** As the statement ran unless a sort or filter was asked; null when it cannot be run again. */
    ServerView serverView(List<ResultColumn> columns) {
        if (serverView == null && source != null) {
            serverView = ServerView.of(source, columns.stream().map(ResultColumn::label).toList());
        }
        return serverView;
    }
}
