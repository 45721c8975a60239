package dev.sextant.ui.editor;

import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.run.Message;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.results.ResultSheet;

/**
 * Fetches a streamed result's rows on the tab's session: the next page as the user scrolls near
 * the end, or all of them (Fetch all) as one operation of many pages, which stops, keeping what
 * was fetched, when the disk that holds the spilled pages is full.
 */
final class ResultPages {

    private static final int PAGE = 1_000;
    private static final int BIG_PAGE = 10_000;

    private final TabState tab;
    private final Failures failures;

    ResultPages(TabState tab, Failures failures) {
        this.tab = tab;
        this.failures = failures;
    }

    void fetchMore(ResultSheet sheet) {
        fetch(sheet, PAGE, 1);
    }

    /** Up to the grid's cap; the tab stays busy (and Cancel usable) from the first page to the last. */
    void fetchAll(ResultSheet sheet) {
        fetch(sheet, BIG_PAGE, Integer.MAX_VALUE);
    }

    private void fetch(ResultSheet sheet, int pageSize, int pages) {
        EditorSession current = tab.session();
        if (current == null || tab.operations().isBusy() || sheet.fetchingProperty().get() || !sheet.moreProperty().get()) {
            return;
        }
        tab.operations().start(operation -> fetchPages(operation, current, sheet, pageSize, pages));
    }

    private void fetchPages(BackgroundRunner operation, EditorSession current, ResultSheet sheet, int size, int pages) {
        sheet.fetchStarted();
        // Kept (and spilled to disk past the heap's share) there, off the FX thread.
        operation.run(() -> keptPage(current, sheet, size), page -> {
            fetched(sheet, page);
            if (page.stopped() != null) {
                stopFetching(operation, current, sheet, page.stopped());
            } else if (page.more() && pages > 1 && tab.session() == current) {
                fetchPages(operation, current, sheet, size, pages - 1);
            }
        }, error -> {
            sheet.noMoreRows();
            failures.fail(operation, error);
        });
    }

    private void fetched(ResultSheet sheet, Page page) {
        if (page.rows() != null) {
            sheet.append(page.rows(), page.more());
        } // else the disk is full, and stopFetching ends the fetch
        tab.status.set(page.status());
        tab.summary.set(tab.connectionName() + " · " + Wording.count(sheet.fetchedProperty().get(), "row") + " fetched"
                + (page.more() ? ", more to come" : ""));
    }

    private static Page keptPage(EditorSession current, ResultSheet sheet, int size) throws Exception {
        CompactRows rows = current.fetch(sheet.stream(), size);
        try {
            return new Page(sheet.keep(rows), sheet.stream().isOpen(), current.status(), null);
        } catch (java.io.IOException e) {
            return new Page(null, true, current.status(), e.getMessage()); // a full disk: keep what was fetched
        }
    }

    private record Page(FetchedRows.Page rows, boolean more, SessionStatus status, String stopped) {
    }

    /** Fetching cannot go on (the disk is full): the rows fetched stay, the rest stays on the server. */
    private void stopFetching(BackgroundRunner operation, EditorSession current, ResultSheet sheet, String why) {
        sheet.noMoreRows();
        tab.messages.add(Message.error(why + " This result keeps the first "
                + Wording.count(sheet.fetchedProperty().get(), "row") + ".", ""));
        operation.run(() -> {
            current.closeStreams();
            return current.status();
        }, tab.status::set, error -> failures.fail(operation, error));
    }
}
