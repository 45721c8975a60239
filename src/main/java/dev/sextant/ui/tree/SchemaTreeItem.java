package dev.sextant.ui.tree;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.task.BackgroundRunner;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.TreeItem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A tree node whose children are read lazily, in the background, the first time it is
 * expanded. Meanwhile it shows a "Loading…" child; a failure shows as a child in its place and
 * is reported once more to whoever listens (the messages list).
 */
public final class SchemaTreeItem extends TreeItem<TreeEntry> {

    private final Connection connection;
    private boolean requested;

    /** What every node of one connection shares. */
    public record Connection(Endpoint endpoint, CatalogReader reader, BackgroundRunner runner,
                             Consumer<PlainError> onError) {
    }

    public SchemaTreeItem(CatalogNode node, Connection connection) {
        super(new TreeEntry.DatabaseObject(node));
        this.connection = connection;
        expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                loadOnce(Set.of());
            }
        });
    }

    public CatalogNode node() {
        return ((TreeEntry.DatabaseObject) getValue()).node();
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public boolean isLeaf() {
        return !node().kind().isContainer();
    }

    /** Fired up the tree when a node is read again, so others who keep names (completion) read them too. */
    public static final EventType<TreeModificationEvent<TreeEntry>> REFRESHED =
            new EventType<>(TreeItem.treeNotificationEvent(), "SCHEMA_REFRESHED");

    /** Reads the children again, keeping expanded whatever was expanded below this node. */
    public void refresh() {
        Event.fireEvent(this, new TreeModificationEvent<>(REFRESHED, this));
        Set<List<String>> expanded = new HashSet<>();
        collectExpanded(this, List.of(), expanded);
        requested = false;
        loadOnce(expanded);
    }

    private void loadOnce(Set<List<String>> reopen) {
        if (requested || isLeaf()) {
            return;
        }
        requested = true;
        getChildren().setAll(List.of(new TreeItem<>(new TreeEntry.Loading())));
        CatalogNode node = node();
        connection.runner().run(() -> connection.reader().children(node),
                children -> showChildren(children, reopen), this::showFailure);
    }

    private void showChildren(List<CatalogNode> children, Set<List<String>> reopen) {
        List<TreeItem<TreeEntry>> items = children.stream()
                .map(child -> (TreeItem<TreeEntry>) new SchemaTreeItem(child, connection)).toList();
        getChildren().setAll(items);
        for (TreeItem<TreeEntry> item : items) {
            SchemaTreeItem child = (SchemaTreeItem) item;
            List<String> path = List.of(child.key());
            Set<List<String>> below = new HashSet<>();
            for (List<String> p : reopen) {
                if (!p.isEmpty() && p.get(0).equals(child.key())) {
                    below.add(p.subList(1, p.size()));
                }
            }
            if (reopen.contains(path)) {
                child.loadOnce(below);
                child.setExpanded(true);
            }
        }
    }

    private void showFailure(Throwable error) {
        PlainError plain = PlainError.of(error);
        getChildren().setAll(List.of(new TreeItem<>(new TreeEntry.Failed(plain.sentence(), plain.detail()))));
        connection.onError().accept(plain);
    }

    private String key() {
        return node().kind() + ":" + node().name();
    }

    /** Paths (by kind and name) of expanded nodes below {@code item}, relative to it. */
    private static void collectExpanded(TreeItem<TreeEntry> item, List<String> path, Set<List<String>> out) {
        for (TreeItem<TreeEntry> child : item.getChildren()) {
            if (child instanceof SchemaTreeItem s && s.isExpanded()) {
                List<String> childPath = new java.util.ArrayList<>(path);
                childPath.add(s.key());
                out.add(List.copyOf(childPath));
                collectExpanded(s, childPath, out);
            }
        }
    }
}
