package dev.sextant.ui.tree;

import dev.sextant.core.meta.CatalogNode;

/** What a row of the schema tree holds: a catalog object, or a note about loading it. */
public sealed interface TreeEntry {

    /** A database object. */
    record DatabaseObject(CatalogNode node) implements TreeEntry {
    }

    /** The child shown while a node's children are still being read. */
    record Loading() implements TreeEntry {
    }

    /** The child shown when reading a node's children failed. */
    record Failed(String sentence, String detail) implements TreeEntry {
    }
}
