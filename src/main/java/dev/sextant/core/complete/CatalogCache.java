package dev.sextant.core.complete;

import dev.sextant.core.sql.SqlWords;
import dev.sextant.core.task.BackgroundRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One connection's catalog for completion, read in the background and kept until refreshed.
 * {@link #current} never waits: it hands back what was last read (null before the first read
 * ends), so the popup shows "loading…" instead of stopping the editor. A refresh while a read
 * is under way starts another; only the newest read's answer is kept.
 */
public final class CatalogCache {

    /**
     * Statements after which names may have changed: the cache reads the catalog again. COMMIT
     * too: the pool sees a tab's DDL only once its transaction is committed.
     */
    private static final Set<String> CHANGES_NAMES = Set.of("CREATE", "DROP", "ALTER", "ATTACH", "DETACH",
            "COMMENT", "IMPORT", "COMMIT", "END");

    private final NameSource source;
    private final BackgroundRunner runner;
    private final List<Consumer<Catalog>> listeners = new ArrayList<>();
    private Catalog catalog;
    private Throwable failure;
    private int newest;
    private int running;

    /** Reads {@code source} on {@code runner}, whose deliveries come back on the caller's (FX) thread. */
    public CatalogCache(NameSource source, BackgroundRunner runner) {
        this.source = source;
        this.runner = runner;
    }

    /** The catalog last read, or null if none has been read yet. */
    public synchronized Catalog current() {
        return catalog;
    }

    /** Whether a read is under way (the popup says "loading…" while it is and there is no catalog yet). */
    public synchronized boolean isLoading() {
        return running > 0;
    }

    /** Why the last read failed, or null if it did not. */
    public synchronized Throwable failure() {
        return failure;
    }

    /** Starts the first read if there has been none. */
    public synchronized void load() {
        if (catalog == null && running == 0) {
            refresh();
        }
    }

    /** Reads the catalog again, in the background. */
    public synchronized void refresh() {
        int generation = ++newest;
        running++;
        runner.run(source::read, read -> delivered(generation, read, null),
                error -> delivered(generation, null, error));
    }

    /** Refreshes if {@code sql} may have created, dropped or renamed something. */
    public void noticeStatement(String sql) {
        List<String> words = SqlWords.of(sql);
        if (!words.isEmpty() && CHANGES_NAMES.contains(words.get(0).toUpperCase(Locale.ROOT))) {
            refresh();
        }
    }

    /** Calls {@code listener} with each catalog read from now on. */
    public synchronized void onRead(Consumer<Catalog> listener) {
        listeners.add(listener);
    }

    private void delivered(int generation, Catalog read, Throwable error) {
        List<Consumer<Catalog>> toTell;
        synchronized (this) {
            running--;
            if (generation != newest) {
                return; // a newer read is coming; this one may already be out of date
            }
            failure = error;
            if (read == null) {
                return;
            }
            catalog = read;
            toTell = List.copyOf(listeners);
        }
        toTell.forEach(l -> l.accept(read));
    }
}
