package dev.sextant.ui.tree;

import dev.sextant.core.meta.CatalogNode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** Draws a tree row: an icon per kind of object, its name, and details in muted text. */
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
            setGraphic(new FontIcon(icon(node.kind())));
        }
    }

    private static String icon(CatalogNode.Kind kind) {
        return switch (kind) {
            case CONNECTION -> "fth-database";
            case SCHEMA -> "fth-folder";
            case TABLE -> "fth-grid";
            case VIEW -> "fth-eye";
            case COLUMN -> "fth-columns";
            default -> "fth-box";
        };
    }
}
