package dev.sextant.ui.tree;

import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.task.BackgroundRunner;
import javafx.scene.control.TreeItem;

import java.util.List;

/**
 * A tree node whose children are read lazily, in the background, the first time it is
 * expanded. Meanwhile it shows a "Loading…" child; a failure shows as a child in its place.
 */
public final class SchemaTreeItem extends TreeItem<TreeEntry> {

    private final CatalogReader reader;
    private final BackgroundRunner runner;
    private boolean requested;

    public SchemaTreeItem(CatalogNode node, CatalogReader reader, BackgroundRunner runner) {
        super(new TreeEntry.Object(node));
        this.reader = reader;
        this.runner = runner;
        expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                loadOnce();
            }
        });
    }

    public CatalogNode node() {
        return ((TreeEntry.Object) getValue()).node();
    }

    @Override
    public boolean isLeaf() {
        return !node().kind().isContainer();
    }

    /** Reads the children now, unless that was already asked for. */
    public void loadOnce() {
        if (requested || isLeaf()) {
            return;
        }
        requested = true;
        getChildren().setAll(List.of(new TreeItem<>(new TreeEntry.Loading())));
        CatalogNode node = node();
        runner.run(() -> reader.children(node), this::showChildren, this::showFailure);
    }

    private void showChildren(List<CatalogNode> children) {
        getChildren().setAll(children.stream()
                .map(child -> (TreeItem<TreeEntry>) new SchemaTreeItem(child, reader, runner)).toList());
    }

    private void showFailure(Throwable error) {
        PlainError plain = PlainError.of(error);
        getChildren().setAll(List.of(new TreeItem<>(new TreeEntry.Failed(plain.sentence(), plain.detail()))));
    }
}
