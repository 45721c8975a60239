package dev.sextant.ui.tree;

import dev.sextant.core.admin.DatabaseAdmin;
import dev.sextant.core.admin.GrantTarget;
import dev.sextant.core.admin.Grants;
import dev.sextant.core.admin.ObjectAdmin;
import dev.sextant.core.admin.Privilege;
import dev.sextant.core.admin.RoleAdmin;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.session.PlainError;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The schema tree's context menu: open data, DDL, copy names, refresh, and for PostgreSQL the
 * administration of databases, roles and grants. Every database call runs in the background;
 * administration runs in autocommit on connections of its own, never in an editor's session.
 */
public final class TreeActions {

    private final TreeHost host;
    private final ConnectionPools pools;
    private final AdminDialogs dialogs;

    public TreeActions(TreeHost host, ConnectionPools pools) {
        this.host = host;
        this.pools = pools;
        this.dialogs = new AdminDialogs(host::window);
    }

    /**
     * Gives the tree its context menu: built for the selected node when asked for, by a right
     * click (which selects the row first) or by the keyboard's menu key / Shift+F10.
     */
    public void install(TreeView<TreeEntry> tree) {
        ContextMenu[] showing = {null};
        tree.setOnContextMenuRequested(e -> {
            if (showing[0] != null) {
                showing[0].hide();
            }
            if (tree.getSelectionModel().getSelectedItem() instanceof SchemaTreeItem item) {
                showing[0] = menuFor(item);
                showing[0].show(tree, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    /** The commands that make sense for this node. */
    public ContextMenu menuFor(SchemaTreeItem item) {
        CatalogNode node = item.node();
        // Databases, roles and grants are administered only where the server has roles.
        boolean administered = item.connection().endpoint().spec().engine().capabilities().roles();
        List<MenuItem> items = new ArrayList<>();
        if (node.kind().isRelation()) {
            items.add(menuItem("Open data", "openDataItem", () -> openData(item)));
            items.add(menuItem("Export data…", "exportDataItem", () -> dev.sextant.ui.dataio.ExportDialog.open( // export
                    dev.sextant.ui.dataio.ExportRows.ofQuery(endpointFor(item), node.selectAllSql(), node.name()),
                    host.window())));
            items.add(menuItem("Show DDL", "showDdlItem", () -> showDdl(item)));
        }
        if (node.kind() == Kind.TABLE) {
            items.add(menuItem("Import CSV…", "importCsvItem",
                    () -> host.importCsvInto(endpointFor(item), node.schema(), node.name())));
        } else if (node.kind() == Kind.SCHEMA) {
            items.add(menuItem("Import CSV into a new table…", "importCsvItem",
                    () -> host.importCsvInto(endpointFor(item), node.name(), null)));
        }
        items.add(menuItem("Copy name", "copyNameItem", () -> host.copy(node.name())));
        if (node.kind().isRelation()) {
            items.add(menuItem("Copy qualified name", "copyQualifiedNameItem", () -> host.copy(node.qualifiedName())));
        }
        if (administered) {
            items.addAll(administrationItems(item));
        }
        if (node.kind().isRelation()) {
            items.add(new SeparatorMenuItem());
            items.add(menuItem("Drop " + node.kind().name().toLowerCase().replace('_', ' ') + "…", "dropObjectItem",
                    () -> dropObject(item)));
        }
        items.add(new SeparatorMenuItem());
        items.add(menuItem("Refresh (F5)", "refreshItem", item::refresh));
        if (node.kind() == Kind.CONNECTION) {
            items.add(menuItem("Disconnect", "disconnectItem", () -> host.disconnect(item)));
        }
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    private List<MenuItem> administrationItems(SchemaTreeItem item) {
        CatalogNode node = item.node();
        List<MenuItem> items = new ArrayList<>();
        items.add(new SeparatorMenuItem());
        switch (node.kind()) {
            case CONNECTION -> {
                items.add(menuItem("Create database…", "createDatabaseItem", () -> createDatabase(item)));
                items.add(menuItem("Create role…", "createRoleItem", () -> createRole(item)));
            }
            case DATABASE -> {
                items.add(menuItem("Create database…", "createDatabaseItem", () -> createDatabase(root(item))));
                items.add(menuItem("Grant or revoke on database…", "grantItem",
                        () -> grant(item, GrantTarget.database(node.name()), Privilege.forDatabases())));
                items.add(menuItem("Drop database…", "dropDatabaseItem", () -> dropDatabase(item)));
            }
            case SCHEMA -> items.add(menuItem("Grant or revoke on all tables…", "grantItem",
                    () -> grant(item, GrantTarget.allTablesIn(node.database(), node.name()), Privilege.forTables())));
            case TABLE, VIEW, MATERIALIZED_VIEW -> {
                items.add(menuItem("Grant or revoke…", "grantItem",
                        () -> grant(item, GrantTarget.table(node.database(), node.schema(), node.name()), Privilege.forTables())));
                items.add(menuItem("Show privileges", "showPrivilegesItem", () -> showPrivileges(item)));
            }
            case ROLE -> items.add(menuItem("Drop role…", "dropRoleItem", () -> dropRole(item)));
            case FOLDER -> {
                if (node.contents() == Kind.ROLE) {
                    items.add(menuItem("Create role…", "createRoleItem", () -> createRole(item)));
                }
            }
            default -> { }
        }
        return items.size() == 1 ? List.of() : items;
    }

    private void openData(SchemaTreeItem item) {
        CatalogNode node = item.node();
        host.openEditor(endpointFor(item), node.name(), node.selectAllSql() + ";", true);
    }

    private void showDdl(SchemaTreeItem item) {
        background(item, () -> item.connection().reader().ddl(item.node()),
                ddl -> host.openEditor(endpointFor(item), item.node().name() + " DDL", ddl, false));
    }

    private void dropObject(SchemaTreeItem item) {
        CatalogNode node = item.node();
        if (dialogs.confirmDrop(ObjectAdmin.dropSql(node))) {
            background(item, () -> {
                ObjectAdmin.drop(item.connection().reader().poolFor(node), node);
                return null;
            }, done -> {
                host.tell("Dropped " + node.qualifiedName() + ".", null, false);
                refreshParent(item);
            });
        }
    }

    private void createDatabase(SchemaTreeItem connectionItem) {
        dialogs.newDatabase().ifPresent(database -> background(connectionItem, () -> {
            new DatabaseAdmin(connectionItem.connection().endpoint(), pools).create(database);
            return database;
        }, created -> {
            host.tell("Created database " + created.name() + ".", null, false);
            connectionItem.refresh();
        }));
    }

    private void dropDatabase(SchemaTreeItem item) {
        String name = item.node().name();
        DatabaseAdmin admin = new DatabaseAdmin(item.connection().endpoint(), pools);
        background(item, () -> admin.otherSessions(name), sessions -> dialogs.dropDatabase(name, sessions)
                .ifPresent(force -> background(item, () -> {
                    admin.drop(name, force);
                    return null;
                }, done -> {
                    host.tell("Dropped database " + name + ".", null, false);
                    root(item).refresh();
                })));
    }

    private void createRole(SchemaTreeItem item) {
        dialogs.newRole().ifPresent(request -> background(item, () -> {
            new RoleAdmin(item.connection().endpoint()).create(request.role(), request.password());
            return request.role();
        }, role -> {
            host.tell("Created role " + role.name() + ".", null, false);
            refreshRoles(item);
        }));
    }

    private void dropRole(SchemaTreeItem item) {
        String role = item.node().name();
        if (dialogs.confirmDrop("DROP ROLE " + item.node().qualifiedName())) {
            background(item, () -> {
                new RoleAdmin(item.connection().endpoint()).drop(role);
                return null;
            }, done -> {
                host.tell("Dropped role " + role + ".", null, false);
                refreshParent(item);
            });
        }
    }

    private void grant(SchemaTreeItem item, GrantTarget target, java.util.Set<Privilege> offered) {
        // Offered as they arrive; until then (or if reading fails) the user can still type a name.
        javafx.collections.ObservableList<String> roles = javafx.collections.FXCollections.observableArrayList();
        DataSource pool = item.connection().reader().poolFor(item.node());
        background(item, () -> Grants.roleNames(pool), roles::setAll);
        dialogs.grant(target, offered, roles).ifPresent(request -> background(item, () -> {
            Grants grants = new Grants(item.connection().endpoint());
            if (request.grant()) {
                grants.grant(target, request.privileges(), request.role());
            } else {
                grants.revoke(target, request.privileges(), request.role());
            }
            return request;
        }, done -> host.tell((done.grant() ? "Granted " : "Revoked ") + done.privileges() + " on "
                + target.sql() + (done.grant() ? " to " : " from ") + done.role() + ".", null, false)));
    }

    private void showPrivileges(SchemaTreeItem item) {
        CatalogNode node = item.node();
        background(item, () -> new Grants(item.connection().endpoint()).holders(node.database(), node.schema(), node.name()),
                holders -> dialogs.showPrivileges(node.qualifiedName(), holders));
    }

    private <T> void background(SchemaTreeItem item, Callable<T> work, Consumer<T> done) {
        item.connection().runner().run(work, done, error -> {
            PlainError plain = PlainError.of(error);
            host.tell(plain.sentence(), plain.detail(), true);
        });
    }

    /** The endpoint of the node's own database (a server of several databases opens each separately). */
    private static Endpoint endpointFor(SchemaTreeItem item) {
        Endpoint endpoint = item.connection().endpoint();
        String database = item.node().database();
        boolean databases = endpoint.spec().engine().capabilities().databases();
        return databases && database != null ? endpoint.forDatabase(database) : endpoint;
    }

    private static SchemaTreeItem root(SchemaTreeItem item) {
        TreeItem<TreeEntry> at = item;
        while (at.getParent() instanceof SchemaTreeItem parent) {
            at = parent;
        }
        return (SchemaTreeItem) at;
    }

    private static void refreshParent(SchemaTreeItem item) {
        if (item.getParent() instanceof SchemaTreeItem parent) {
            parent.refresh();
        }
    }

    private static void refreshRoles(SchemaTreeItem item) {
        if (item.node().kind() == Kind.FOLDER) {
            item.refresh();
        } else {
            root(item).refresh();
        }
    }

    private static MenuItem menuItem(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        // Run after the menu has closed, so a dialog the command opens is not stacked under it.
        item.setOnAction(e -> javafx.application.Platform.runLater(action));
        return item;
    }
}
