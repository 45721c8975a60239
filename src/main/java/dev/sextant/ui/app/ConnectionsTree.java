package dev.sextant.ui.app;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.complete.NameSource;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.meta.CatalogSource;
import dev.sextant.core.session.PlainError;
import dev.sextant.ui.tree.SchemaTreeCell;
import dev.sextant.ui.tree.SchemaTreeItem;
import dev.sextant.ui.tree.TreeActions;
import dev.sextant.ui.tree.TreeEntry;
import dev.sextant.ui.tree.TreeHost;
import dev.sextant.ui.editor.EditorCompletion;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

/**
 * The connections in the schema tree: one node per connection, added when a tab connects,
 * refreshed after an import, taken out (with its pools) when the user disconnects.
 */
final class ConnectionsTree {

    /** Tells the user one sentence (with its detail) in the selected tab and the status bar. */
    interface Teller {
        void tell(String sentence, String detail, boolean error);
    }

    private final TreeView<TreeEntry> tree;
    private final AppServices services;
    private final Teller teller;

    ConnectionsTree(TreeView<TreeEntry> tree, AppServices services, Teller teller) {
        this.tree = tree;
        this.services = services;
        this.teller = teller;
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(view -> new SchemaTreeCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5 && tree.getSelectionModel().getSelectedItem() instanceof SchemaTreeItem item) {
                item.refresh();
            }
        });
    }

    /** The tree's menus and actions, which act through {@code host}. */
    void installActions(TreeHost host) {
        new TreeActions(host, services.pools()).install(tree);
    }

    /** The connection's name as tabs and the tree show it: the saved name if any; a read-only one says so. */
    static String shownName(Endpoint endpoint, String savedName) {
        return (savedName == null ? endpoint.spec().displayName() : savedName)
                + (endpoint.spec().readOnly() ? " (read-only)" : "");
    }

    /** Whether two endpoints are the same connection, whichever database of the server each is on. */
    static boolean sameConnection(Endpoint a, Endpoint b) {
        return a.spec().withDatabase(null).equals(b.spec().withDatabase(null));
    }

    /** Adds a node for {@code endpoint}, shown under the name it was saved as (null: its address). */
    void add(Endpoint endpoint, String savedName) {
        SchemaTreeItem.Connection connection = new SchemaTreeItem.Connection(endpoint, catalogFor(endpoint),
                services.metadata(), error -> teller.tell(error.sentence(), error.detail(), true));
        CatalogNode node = savedName == null ? CatalogNode.connection(shownName(endpoint, null))
                : CatalogNode.connection(shownName(endpoint, savedName), endpoint.spec().displayName());
        SchemaTreeItem item = new SchemaTreeItem(node, connection);
        tree.getRoot().getChildren().add(item);
        item.setExpanded(true);
    }

    /** Whether the tree has a node named after {@code endpoint}'s address. */
    boolean shows(Endpoint endpoint) {
        String name = endpoint.spec().displayName();
        return tree.getRoot().getChildren().stream()
                .anyMatch(item -> item instanceof SchemaTreeItem s && s.node().name().equals(name));
    }

    /** Reads {@code endpoint}'s node again from the server (after an import made a table, say). */
    void refresh(Endpoint endpoint) {
        tree.getRoot().getChildren().stream()
                .filter(item -> item instanceof SchemaTreeItem s && sameConnection(s.connection().endpoint(), endpoint))
                .forEach(item -> ((SchemaTreeItem) item).refresh());
    }

    /** Takes a disconnected connection's node out of the tree and closes its pools. */
    void forget(SchemaTreeItem item) {
        Endpoint endpoint = item.connection().endpoint();
        tree.getRoot().getChildren().remove(item);
        // A server of several databases has a pool per database: an empty database name matches them all.
        Endpoint wholeServer = endpoint.spec().engine().capabilities().databases() ? endpoint.forDatabase("") : endpoint;
        services.side().run(() -> {
            services.pools().closeFor(wholeServer);
            return null;
        }, done -> teller.tell("Disconnected from " + endpoint.spec().displayName() + ".", null, false),
                error -> teller.tell(PlainError.of(error).sentence(), PlainError.of(error).detail(), true));
    }

    /** Completion for every tab, its names read again when the tree is refreshed and forgotten on disconnect. */
    EditorCompletion completion() {
        EditorCompletion names = new EditorCompletion(services.metadata(), this::completionSource);
        tree.getRoot().addEventHandler(SchemaTreeItem.REFRESHED,
                e -> names.refresh(((SchemaTreeItem) e.getTreeItem()).connection().endpoint()));
        tree.getRoot().getChildren().addListener((ListChangeListener<TreeItem<TreeEntry>>) change -> {
            while (change.next()) {
                change.getRemoved().stream().filter(SchemaTreeItem.class::isInstance)
                        .forEach(item -> names.forget(((SchemaTreeItem) item).connection().endpoint()));
            }
        });
        return names;
    }

    /** Where completion reads {@code endpoint}'s names: the same catalog reader the tree uses. */
    NameSource completionSource(Endpoint endpoint) {
        return catalogFor(endpoint).completionSource();
    }

    private CatalogReader catalogFor(Endpoint endpoint) {
        return CatalogSource.of(endpoint.spec().engine()).catalog(services.pools(), endpoint);
    }
}
