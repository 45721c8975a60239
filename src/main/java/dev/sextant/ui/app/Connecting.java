package dev.sextant.ui.app;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.EditorSession;
import dev.sextant.ui.connect.ConnectionDialog;
import dev.sextant.ui.connect.ConnectionDialogModel;
import dev.sextant.ui.dialogs.FilePicker;
import dev.sextant.ui.dataio.ImportLauncher;
import dev.sextant.ui.editor.BufferKeeper;
import dev.sextant.ui.editor.EditorTabView;
import dev.sextant.ui.tree.SchemaTreeItem;
import dev.sextant.ui.tree.TreeHost;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Connecting and disconnecting: the connection dialog (also to sign in a tab that came back
 * without its password), tabs brought back from the last run, a tab on a given database when a
 * tree action needs one, and closing a connection's tabs before its tree node and pools go.
 */
final class Connecting implements TreeHost, BufferKeeper.Host {

    private final AppServices services;
    private final FilePicker filePicker;
    private final Supplier<Window> window;
    private final EditorTabs tabs;
    private final ConnectionsTree tree;
    private final TabClosing closing;
    private final ConnectionsTree.Teller teller;
    private final ImportLauncher importer;

    Connecting(AppServices services, FilePicker filePicker, Supplier<Window> window, EditorTabs tabs,
               ConnectionsTree tree, TabClosing closing, ConnectionsTree.Teller teller, ImportLauncher importer) {
        this.importer = importer;
        this.services = services;
        this.filePicker = filePicker;
        this.window = window;
        this.tabs = tabs;
        this.tree = tree;
        this.closing = closing;
        this.teller = teller;
    }

    /** The New connection button: a restored tab still waiting for its password signs in to its own connection. */
    void newConnection() {
        EditorTabView waiting = tabs.selected();
        if (waiting != null && !waiting.model().isConnected() && !waiting.model().busyProperty().get()) {
            signIn(waiting);
            return;
        }
        ConnectionDialogModel model = new ConnectionDialogModel(services.environment(), services.side(), services.saved());
        model.loadDefaults();
        new ConnectionDialog(model, services.side(), filePicker, this::connected).show(window.get());
    }

    /** Opens the connection dialog filled in with {@code view}'s connection, so only the password is missing. */
    @Override
    public void signIn(EditorTabView view) {
        ConnectionDialogModel model = new ConnectionDialogModel(services.environment(), services.side(), services.saved());
        model.fillFrom(view.model().endpoint().spec(), view.model().autocommitMode());
        new ConnectionDialog(model, services.side(), filePicker, this::connected).show(window.get());
    }

    /** A connection the dialog opened: it joins the selected tab if that tab was waiting for it (restored, no password). */
    private void connected(Endpoint endpoint, EditorSession session, String savedName) {
        EditorTabView view = tabs.selected();
        tree.add(endpoint, savedName);
        if (view != null && !view.model().isConnected() && !view.model().busyProperty().get()
                && view.model().connectionName().equals(endpoint.spec().displayName())) {
            view.model().adopt(session);
        } else {
            tabs.open(EditorTabs.Opening.of(endpoint, session, ConnectionsTree.shownName(endpoint, savedName), "", false));
        }
    }

    @Override
    public EditorTabView openRestored(Endpoint endpoint, String title, String text, boolean autocommit, boolean connect) {
        if (connect && !tree.shows(endpoint)) {
            tree.add(endpoint, null);
        }
        return tabs.open(new EditorTabs.Opening(endpoint, null, title, text, false, connect, autocommit));
    }

    @Override
    public List<EditorTabView> editors() {
        return tabs.all();
    }

    @Override
    public EditorTabView selectedEditor() {
        return tabs.selected();
    }

    @Override
    public void select(EditorTabView view) {
        tabs.select(view);
    }

    @Override
    public void openEditor(Endpoint endpoint, String title, String text, boolean runNow) {
        tabs.open(EditorTabs.Opening.of(endpoint, null, title, text, runNow));
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void tell(String sentence, String detail, boolean error) {
        teller.tell(sentence, detail, error);
    }

    @Override
    public Window window() {
        return window.get();
    }

    @Override
    public void importCsvInto(Endpoint endpoint, String schema, String table) {
        withTabOn(endpoint, tab -> importer.open(window.get(), tab.model(), null, schema, table,
                () -> tree.refresh(endpoint)));
    }

    /** Runs {@code action} on a connected tab of {@code endpoint}'s database: an open one, or a new one once it connected. */
    void withTabOn(Endpoint endpoint, Consumer<EditorTabView> action) {
        EditorTabView view = tabs.all().stream()
                .filter(v -> v.model().isConnected() && v.model().endpoint().spec().equals(endpoint.spec()))
                .findFirst().orElse(null);
        if (view != null) {
            tabs.select(view);
            action.accept(view);
            return;
        }
        EditorTabView opened = tabs.open(EditorTabs.Opening.of(endpoint, null,
                ConnectionsTree.shownName(endpoint, null), "", false));
        opened.model().connectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    obs.removeListener(this);
                    action.accept(opened);
                }
            }
        });
    }

    /** Closes a connection: its tabs (asking where work is open), then its tree node and pools. */
    @Override
    public void disconnect(SchemaTreeItem item) {
        Endpoint endpoint = item.connection().endpoint();
        List<EditorTabView> open = tabs.all().stream()
                .filter(view -> ConnectionsTree.sameConnection(view.model().endpoint(), endpoint)).toList();
        // Tabs close in the background (their sessions end first): the node goes once they all did.
        int[] waiting = {open.size()};
        boolean[] kept = {false};
        Runnable whenAllAnswered = () -> {
            if (kept[0]) {
                teller.tell("Still connected to " + endpoint.spec().displayName() + ": a tab was kept open.", null, false);
            } else {
                tree.forget(item);
            }
        };
        if (open.isEmpty()) {
            whenAllAnswered.run();
        }
        for (EditorTabView view : open) {
            closing.requestClose(view, closed -> {
                kept[0] |= !closed;
                if (--waiting[0] == 0) {
                    whenAllAnswered.run();
                }
            });
        }
    }
}
