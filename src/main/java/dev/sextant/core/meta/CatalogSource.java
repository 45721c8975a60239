package dev.sextant.core.meta;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.pool.ConnectionPools;

/** Makes an engine's reader for the schema tree. */
public interface CatalogSource {

    static CatalogSource of(Engine engine) {
        return engine.required(CatalogSource.class);
    }

    /** The reader behind the schema tree, reading through {@code pools}, never a tab's session. */
    CatalogReader catalog(ConnectionPools pools, Endpoint endpoint);
}
