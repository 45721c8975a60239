package dev.sextant.ui.connect;

import dev.sextant.core.connect.ConnectionCheck;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SessionOpener;
import dev.sextant.core.store.SavedConnection;
import dev.sextant.core.store.SavedConnections;
import dev.sextant.core.task.BackgroundRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

/**
 * The dialog's Test and Connect buttons: the connection tried in the background, a pending test
 * cancelled at once, the connection saved once it opened. The other half of
 * {@link ConnectionDialogModel}, which keeps the fields and the connection string in step and
 * hands over how to reach the endpoint they describe.
 */
final class TestAndConnect {

    /** How the connection is kept once open: under a name (empty: not saved), with its password or not. */
    record SaveAs(String name, boolean keepPassword, boolean autocommit, String password) {
    }

    final BooleanProperty testing = new SimpleBooleanProperty();
    final BooleanProperty connecting = new SimpleBooleanProperty();

    private final BackgroundRunner runner;
    private final SavedConnections saved;
    private final StringProperty status;
    private final StringProperty error;
    private volatile ConnectionCheck pendingCheck;
    private volatile boolean testCancelled;

    TestAndConnect(BackgroundRunner runner, SavedConnections saved, StringProperty status, StringProperty error) {
        this.runner = runner;
        this.saved = saved;
        this.status = status;
        this.error = error;
    }

    /** Connects in the background and reports the server's version, or why not, in one sentence. */
    void test(Callable<Endpoint> endpoint) {
        if (testing.get()) {
            return;
        }
        testCancelled = false;
        testing.set(true);
        status.set("Testing…");
        runner.run(() -> {
            ConnectionCheck check = new ConnectionCheck(endpoint.call());
            pendingCheck = check;
            if (testCancelled) {
                throw new CancellationException();
            }
            return check.run();
        }, version -> {
            testing.set(false);
            status.set("Connected: " + version + ".");
        }, failure -> {
            testing.set(false);
            status.set("");
            if (failure instanceof CancellationException) {
                status.set("Test cancelled.");
            } else {
                error.set(PlainError.of(failure).sentence());
            }
        });
    }

    /** Gives up on a pending test at once; the dialog stays usable. */
    void cancelTest() {
        testCancelled = true;
        ConnectionCheck check = pendingCheck;
        if (check != null) {
            check.cancel();
        }
    }

    /**
     * Opens a session in the background (creating the new database file first when {@code create}),
     * saves the connection as {@code saveAs} says, and hands the open session over.
     */
    void connect(Callable<Endpoint> endpointTask, boolean create, SaveAs saveAs, BiConsumer<Endpoint, EditorSession> opened) {
        if (connecting.get()) {
            return;
        }
        connecting.set(true);
        status.set("Connecting…");
        runner.run(() -> open(endpointTask.call(), create, saveAs), done -> {
            connecting.set(false);
            status.set("");
            opened.accept(done.endpoint(), done.session());
        }, failure -> {
            connecting.set(false);
            status.set("");
            error.set(PlainError.of(failure).sentence());
        });
    }

    private Opened open(Endpoint endpoint, boolean create, SaveAs saveAs) throws Exception {
        if (create) {
            endpoint.spec().engine().connection().createEmpty(endpoint.spec());
        }
        EditorSession session = SessionOpener.of(endpoint.spec().engine()).open(endpoint);
        if (!saveAs.autocommit() && endpoint.spec().engine().supportsTransactions()) {
            session.setAutoCommit(false);
        }
        String name = saveAs.name();
        remember(new SavedConnection(name.isEmpty() ? "unnamed" : name, endpoint.spec(), saveAs.keepPassword(),
                saveAs.autocommit()), !name.isEmpty(), saveAs.password());
        return new Opened(endpoint, session);
    }

    private void remember(SavedConnection connection, boolean named, String password) throws Exception {
        if (connection.spec().engine().connection().usesFile()) {
            saved.noteRecentFile(connection.spec().file());
        }
        if (named) {
            saved.save(connection, password.isEmpty() ? null : password);
        }
    }

    private record Opened(Endpoint endpoint, EditorSession session) { }
}
