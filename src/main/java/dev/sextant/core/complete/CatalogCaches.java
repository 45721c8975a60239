package dev.sextant.core.complete;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.task.BackgroundRunner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The catalog caches of the app's connections, one per connection and database, shared by all
 * the tabs on it, so a second tab completes at once from what the first one read.
 */
public final class CatalogCaches {

    private final BackgroundRunner runner;
    private final Map<ConnectionSpec, CatalogCache> caches = new HashMap<>();

    /** Reads catalogs on {@code runner} (the metadata runner, which delivers on the FX thread). */
    public CatalogCaches(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** The cache of {@code endpoint}'s database, made from {@code source} the first time it is asked for. */
    public synchronized CatalogCache cacheFor(Endpoint endpoint, Supplier<NameSource> source) {
        return caches.computeIfAbsent(endpoint.spec(), spec -> new CatalogCache(source.get(), runner));
    }

    /** Reads again the caches of {@code endpoint}'s connection (every database of it) that were read before. */
    public void refresh(Endpoint endpoint) {
        ConnectionSpec connection = endpoint.spec().withDatabase(null);
        List<CatalogCache> matching;
        synchronized (this) {
            matching = caches.entrySet().stream().filter(e -> e.getKey().withDatabase(null).equals(connection))
                    .map(Map.Entry::getValue).toList();
        }
        matching.stream().filter(c -> c.current() != null || c.isLoading()).forEach(CatalogCache::refresh);
    }

    /** Forgets the caches of a connection that was closed. */
    public synchronized void forget(Endpoint endpoint) {
        ConnectionSpec connection = endpoint.spec().withDatabase(null);
        caches.keySet().removeIf(spec -> spec.withDatabase(null).equals(connection));
    }
}
