package dev.sextant.core.meta;

import dev.sextant.core.complete.Catalog;
import dev.sextant.core.complete.NameSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Reads one database connection's catalog for the schema tree. Every method does JDBC, so call
 * it off the FX thread. {@link #children} costs one or two queries whatever the number of
 * children, so a schema of 10,000 tables expands as fast as the server can list them.
 */
public interface CatalogReader {

    /** The children of a node; empty for a node whose kind is not a container. */
    List<CatalogNode> children(CatalogNode parent) throws SQLException;

    /** The statements that recreate a table, view or materialized view. */
    String ddl(CatalogNode relation) throws SQLException;

    /** The pool for the node's database, for short tasks such as dropping it. */
    DataSource poolFor(CatalogNode node);

    /**
     * Where completion reads this connection's names: the same pools as the tree. A reader
     * that has no source yet completes keywords only, never fails.
     */
    default NameSource completionSource() {
        return () -> Catalog.empty(List.of(), Set.of());
    }
}
