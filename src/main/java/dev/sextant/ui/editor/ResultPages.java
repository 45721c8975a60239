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
    /** While Fetch all's pages follow one another; Cancel then stops it between two pages. FX thread only. */
    private boolean fetchingAll;
    private boolean stopAsked;

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

    /** Cancel pressed: Fetch all, if it runs, fetches no page after the one on its way. Returns whether it ran. */
    boolean stopFetchAll() {
        stopAsked = fetchingAll;
        return fetchingAll;
    }

    private void fetch(ResultSheet sheet, int pageSize, int pages) {
        EditorSession current = tab.session();
        if (current == null || tab.operations().isBusy() || sheet.fetchingProperty().get() || !sheet.moreProperty().get()) {
            return;
        }
        fetchingAll = pages > 1;
        stopAsked = false;
        tab.operations().start(operation -> fetchPages(operation, current, sheet, pageSize, pages));
    }

    private void fetchPages(BackgroundRunner operation, EditorSession current, ResultSheet sheet, int size, int pages) {
        sheet.fetchStarted();
        // Kept (and spilled to disk past the heap's share) there, off the FX thread.
        operation.run(() -> keptPage(current, sheet, size), page -> {
            fetched(sheet, page);
            if (page.stopped() != null) {
                fetchingAll = false;
                stopFetching(operation, current, sheet, page.stopped());
            } else if (page.more() && pages > 1 && tab.session() == current && !stopAsked) {
                fetchPages(operation, current, sheet, size, pages - 1);
            } else {
                fetchAllEnded(sheet, page.more());
            }
        }, error -> {
            fetchingAll = false;
            sheet.noMoreRows();
            failures.fail(operation, error);
        });
    }

    /** The last page came, or Cancel stopped Fetch all: then the tab says where, and that the rest can still come. */
    private void fetchAllEnded(ResultSheet sheet, boolean more) {
        fetchingAll = false;
        if (stopAsked && more) {
            tab.messages.add(Message.info("Fetch all stopped (Cancel) after " + Wording.count(sheet.fetchedProperty().get(), "row")
                    + "; Fetch all or scrolling goes on from there."));
        }
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
