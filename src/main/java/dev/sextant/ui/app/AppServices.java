package dev.sextant.ui.app;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.store.AppHome;
import dev.sextant.core.store.EditorBuffers;
import dev.sextant.core.store.LazySecrets;
import dev.sextant.core.store.QueryHistory;
import dev.sextant.core.store.SavedConnections;
import dev.sextant.ui.common.FxRunner;

/**
 * What the app's views share, made once at start and closed at stop: the home directory, the
 * metadata pools, and the runners for short background work.
 *
 * @param home        where the app keeps its files
 * @param environment what libpq would read: PG* variables, ~/.pgpass, service files
 * @param saved       saved connections (passwords only in the keychain or session memory)
 * @param pools       HikariCP pools for metadata
 * @param metadata   runs catalog reads for the tree
 * @param side       runs requests that must not wait behind a tab's running statement, and
 *                   short file work (editor buffers, history, .sql files)
 * @param buffers    the editor tabs' text, kept across restarts
 * @param history    every statement run, per connection
 */
public record AppServices(AppHome home, ConnectionEnvironment environment, SavedConnections saved,
                          ConnectionPools pools, FxRunner metadata, FxRunner side,
                          EditorBuffers buffers, QueryHistory history)
        implements AutoCloseable {

    public static AppServices start(AppHome home, ConnectionEnvironment environment) {
        return new AppServices(home, environment, new SavedConnections(home, new LazySecrets()), new ConnectionPools(),
                FxRunner.pooled("metadata", 2), FxRunner.pooled("side", 2),
                new EditorBuffers(home), new QueryHistory(home));
    }

    @Override
    public void close() {
        metadata.close();
        side.close();
        pools.close();
    }
}
