package dev.sextant.testsupport;

import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogReader;

import java.sql.SQLException;
import java.util.List;

/** Follows a path of names down a catalog tree, the way a user expands it. */
public final class TreeWalk {

    private TreeWalk() {
    }

    /** The node reached by expanding {@code from} and picking each name in turn. */
    public static CatalogNode find(CatalogReader reader, CatalogNode from, String... names) throws SQLException {
        CatalogNode node = from;
        for (String name : names) {
            List<CatalogNode> children = reader.children(node);
            node = children.stream().filter(n -> n.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not among " + names(children)));
        }
        return node;
    }

    /** The names of a node's children. */
    public static List<String> names(CatalogReader reader, CatalogNode node, String... path) throws SQLException {
        return names(reader.children(find(reader, node, path)));
    }

    public static List<String> names(List<CatalogNode> nodes) {
        return nodes.stream().map(CatalogNode::name).toList();
    }
}
