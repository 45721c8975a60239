package dev.sextant.ui.editor;

import dev.sextant.core.complete.CatalogCache;
import dev.sextant.core.complete.CatalogCaches;
import dev.sextant.core.complete.NameSource;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.run.StatementLog;
import dev.sextant.core.session.Dialect;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.common.FxRunner;

import java.util.function.Function;

/**
 * Completion for the window's editor tabs: one catalog cache per connection and database, read
 * on the metadata runner through the pools, and read again when the tree is refreshed or a tab
 * runs a statement that changes names. Suggestions are worked out on a thread of their own.
 */
public final class EditorCompletion implements AutoCloseable {

    private final CatalogCaches caches;
    private final Function<Endpoint, NameSource> sources;
    private final FxRunner runner = FxRunner.singleThread("completion");

    /** @param sources where an endpoint's names are read (its engine's catalog reader knows) */
    public EditorCompletion(BackgroundRunner metadata, Function<Endpoint, NameSource> sources) {
        this.caches = new CatalogCaches(metadata);
        this.sources = sources;
    }

    /**
     * Gives the tab's editor its popup, on the names of whatever connection the tab is on at the
     * time, its text read by that engine's rules; the list keeps clear of the editor's buttons.
     */
    public void attach(EditorTabView view) {
        CompletionPopup.attach(view.editor(), () -> cacheOf(view.model()),
                () -> Dialect.of(view.model().endpoint().spec().engine()).lexing(), runner)
                .keepClearOf(view.editorButtons());
    }

    /** The tab's statement log, which also tells the cache when the tab ran DDL. */
    public StatementLog noticing(EditorTabViewModel model, StatementLog next) {
        return (connection, sql, millis, outcome, failed) -> {
            next.finished(connection, sql, millis, outcome, failed);
            if (!failed) {
                cacheOf(model).noticeStatement(sql);
            }
        };
    }

    private CatalogCache cacheOf(EditorTabViewModel model) {
        Endpoint endpoint = model.endpoint();
        return caches.cacheFor(endpoint, () -> sources.apply(endpoint));
    }

    /** The tree was refreshed: what completion knows of that connection may be stale. */
    public void refresh(Endpoint endpoint) {
        caches.refresh(endpoint);
    }

    public void forget(Endpoint endpoint) {
        caches.forget(endpoint);
    }

    @Override
    public void close() {
        runner.close();
    }
}
