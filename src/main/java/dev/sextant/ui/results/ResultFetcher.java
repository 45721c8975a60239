package dev.sextant.ui.results;

/** Loads more of a result's rows on the tab's session: the next page on scroll, or all of them. */
public interface ResultFetcher {

    void fetchMore(ResultSheet sheet);

    void fetchAll(ResultSheet sheet);
}
