package dev.sextant.core.meta;

import java.sql.SQLException;
import java.util.List;

/** Reads the children of a tree node from a database's catalog. Call off the FX thread. */
public interface CatalogReader {

    List<CatalogNode> children(CatalogNode parent) throws SQLException;
}
