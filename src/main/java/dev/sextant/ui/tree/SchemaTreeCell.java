package dev.sextant.ui.tree;

import dev.sextant.core.meta.CatalogNode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws a tree row: an icon per kind of object, its name and detail, its facts (owner, size,
 * row estimate, comment) as a tooltip. The context menu belongs to the tree (see
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
        } else if (entry instanceof TreeEntry.Object object) {
            CatalogNode node = object.node();
            setText(node.label());
            setGraphic(new FontIcon(icon(node)));
            String tip = node.tooltip();
            setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
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
        };
    }
}
