package dev.sextant.core.engine;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.pool.ConnectionPools;

import java.util.Optional;

/**
 * What one kind of database provides to the rest of Sextant: how its connections are described,
 * what its SQL allows, what it supports, how its errors read, and how to browse it. Code outside
 * an engine's own package asks these questions instead of testing which engine it has, so a new
 * engine is a new package, not a new branch in every caller.
 *
 * <p>Only what all engines share is here; what only JDBC engines have (a driver URL, a
 * {@code java.sql.Connection} to probe) is in {@link #jdbc()}, empty for an engine such as
 * Cassandra that speaks its own protocol.
 */
public interface DatabaseEngine {

    /** The identity saved in connections.json and editor buffers. */
    Engine id();

    /** Its connection fields, defaults and string forms. */
    ConnectionFields connection();

    /** Facts about its SQL: quoting, statements that cannot run in a transaction, wrapping. */
    Dialect dialect();

    /** What it supports, for the UI to enable or explain. */
    Capabilities capabilities();

    /** Its errors in the user's words. */
    ErrorTranslation errors();

    /** The reader behind the schema tree, reading through {@code pools}, never a tab's session. */
    CatalogReader catalog(ConnectionPools pools, Endpoint endpoint);

    /** The JDBC side, or empty for an engine reached through its own driver. */
    Optional<JdbcAccess> jdbc();

    default boolean supportsTransactions() {
        return capabilities().transactions();
    }
}
