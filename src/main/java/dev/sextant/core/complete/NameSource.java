package dev.sextant.core.complete;

/**
 * Where a {@link CatalogCache} gets its names: one engine's catalog, read in one go. An
 * interface so that PostgreSQL, SQLite and later Cassandra (keyspaces as schemas, tables,
 * columns) each feed the same cache. {@link #read} does I/O: the cache calls it in the
 * background, never on the FX thread, and never on an editor tab's own session.
 */
public interface NameSource {

    /** Everything completion offers for this connection, as the server holds it now. */
    Catalog read() throws Exception;
}
