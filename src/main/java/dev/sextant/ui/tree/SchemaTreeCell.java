package dev.sextant.ui.tree;

import dev.sextant.core.meta.CatalogNode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws a tree row: an icon per kind of object, its name and detail, and as a tooltip the whole
 * label followed by its facts (owner, size, row estimate, comment). The context menu belongs to the tree (see
 * {@link TreeActions#install}), so the keyboard's menu key opens it too.
 */
public final class SchemaTreeCell extends TreeCell<TreeEntry> {

    @Override
    protected void updateItem(TreeEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll("tree-loading", "tree-error");
        setTooltip(null);
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (entry instanceof TreeEntry.Loading) {
            setText("Loading…");
            setGraphic(new FontIcon("fth-loader"));
            getStyleClass().add("tree-loading");
        } else if (entry instanceof TreeEntry.Failed failed) {
            setText(failed.sentence());
            setGraphic(new FontIcon("fth-alert-triangle"));
            getStyleClass().add("tree-error");
            setTooltip(new Tooltip(failed.detail()));
        } else if (entry instanceof TreeEntry.DatabaseObject object) {
            CatalogNode node = object.node();
            setText(node.label());
            setGraphic(new FontIcon(icon(node)));
            // The label first: a narrow tree cuts it ("postgres@127.0.0.1:55432/postg…").
            String tip = node.tooltip();
            setTooltip(new Tooltip(tip.isEmpty() ? node.label() : node.label() + "\n" + tip));
        }
    }

    private static String icon(CatalogNode node) {
        return switch (node.kind()) {
            case CONNECTION -> "fth-server";
            case DATABASE -> "fth-database";
            case SCHEMA -> "fth-layers";
            case FOLDER -> "fth-folder";
            case TABLE -> "fth-grid";
            case VIEW, MATERIALIZED_VIEW -> "fth-eye";
            case SEQUENCE -> "fth-hash";
            case FUNCTION -> "fth-code";
            case COLUMN -> "fth-columns";
            case KEY -> "fth-key";
            case INDEX -> "fth-list";
            case TRIGGER -> "fth-zap";
            case ROLE -> "fth-user";
            case USER_TYPE -> "fth-box";
        };
    }
}
