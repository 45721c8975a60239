package dev.sextant.ui.connect;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ConnectionStringException;
import dev.sextant.core.connect.ConnectionStrings;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.ParsedConnection;
import dev.sextant.core.connect.PasswordSource;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.store.SavedConnection;
import dev.sextant.core.store.SavedConnections;
import dev.sextant.core.task.BackgroundRunner;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/**
 * The connection dialog's state and commands. The fields and the connection string follow each
 * other: editing a field rewrites the string; pasting a string fills the fields, and its password
 * shows as {@code ***} once read (a typed one, once typing there ends). Testing and connecting
 * run in the background ({@link TestAndConnect}); a pending test can be cancelled.
 */
public final class ConnectionDialogModel {

    final ConnectionForm form = new ConnectionForm();
    final StringProperty connectionString = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty saveAs = new SimpleStringProperty("");
    final BooleanProperty savePassword = new SimpleBooleanProperty();
    final BooleanProperty startInAutocommit = new SimpleBooleanProperty(true);
    final BooleanProperty testing;
    final BooleanProperty connecting;

    private final ConnectionEnvironment environment;
    private final BackgroundRunner runner;
    private final SavedConnections saved;
    private boolean syncing;
    private int edits;
    private String pendingText;
    private boolean passwordInClear; // the string on screen still shows its password
    private final TestAndConnect attempts;

    public ConnectionDialogModel(ConnectionEnvironment environment, BackgroundRunner runner, SavedConnections saved) {
        this.environment = environment;
        this.runner = runner;
        this.saved = saved;
        this.attempts = new TestAndConnect(runner, saved, status, error);
        this.testing = attempts.testing;
        this.connecting = attempts.connecting;
        InvalidationListener fieldsChanged = obs -> fieldsEdited();
        for (var field : form.fields()) {
            field.addListener(fieldsChanged);
        }
        connectionString.addListener((obs, old, now) -> stringEdited(now.length() - old.length() > 1));
        // libpq's defaults (the login name as user and database) mean nothing to a cluster: a keyspace
        // named after the login would fail to connect, a user without a password too.
        form.engine.addListener((obs, was, now) -> {
            if (!syncing && now != null && now.connection().usesKeyspaces()) {
                form.database.set("");
                form.user.set("");
            }
        });
    }

    /**
     * Fills the fields as libpq would for an empty string (PG* variables, service, .pgpass), read
     * off the FX thread; they arrive only if the user has not started typing meanwhile.
     */
    public void loadDefaults() {
        int ticket = edits;
        runner.run(() -> ConnectionStrings.defaults(environment), parsed -> {
            if (ticket == edits) {
                show(parsed);
            }
        }, failure -> error.set(PlainError.of(failure).sentence()));
    }

    /** Shows a saved connection with its password (looked up off the FX thread), if one was kept. */
    public void load(SavedConnection connection, String password) {
        syncing = true;
        try {
            form.show(connection.spec());
            form.password.set(password == null ? "" : password);
            saveAs.set(connection.name());
            savePassword.set(connection.savePassword());
            startInAutocommit.set(connection.autocommit());
        } finally {
            syncing = false;
        }
        fieldsEdited();
    }

    /** Fills the fields with a connection a tab is waiting for (restored, its password not known). */
    public void fillFrom(ConnectionSpec spec, boolean autocommit) {
        syncing = true;
        try {
            form.show(spec);
            startInAutocommit.set(autocommit);
        } finally {
            syncing = false;
        }
        fieldsEdited();
    }

    private void fieldsEdited() {
        if (syncing) {
            return;
        }
        edits++;
        pendingText = null; // the fields are now what counts, not a string still being read
        passwordInClear = false; // the string is written again from the fields, password masked
        try {
            ConnectionSpec spec = form.toSpec();
            syncing = true;
            connectionString.set(ConnectionStrings.format(spec, !form.password.get().isEmpty()));
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        } finally {
            syncing = false;
        }
    }

    /**
     * Reads an edited or pasted string off the FX thread (it may consult ~/.pgpass and service
     * files); the latest edit wins. Until its fields arrive, Test and Connect read it themselves.
     */
    private void stringEdited(boolean pasted) {
        if (syncing) {
            return;
        }
        int ticket = ++edits;
        String text = connectionString.get();
        pendingText = text;
        runner.run(() -> ConnectionStrings.parse(text, environment), parsed -> {
            if (ticket == edits) {
                pendingText = null;
                show(parsed);
                passwordInClear = parsed.passwordSource() == PasswordSource.CONNECTION_STRING && !parsed.passwordMasked();
                if (pasted) {
                    // Masked at once; while typing key by key, rewriting the text would move the caret.
                    stringEditFinished();
                }
            }
        }, failure -> {
            if (ticket == edits) {
                error.set(failure instanceof ConnectionStringException ? failure.getMessage()
                        : PlainError.of(failure).sentence());
            }
        });
    }

    /** Typing in the string is over (the field lost focus): a password still in it becomes {@code ***}. */
    public void stringEditFinished() {
        if (passwordInClear && pendingText == null) {
            fieldsEdited(); // writes the string again from the fields, with the mask
        }
    }

    private void show(ParsedConnection parsed) {
        syncing = true;
        try {
            form.show(parsed.spec());
            if (parsed.password() != null && !parsed.passwordMasked()) {
                form.password.set(parsed.password());
            }
            error.set("");
            status.set(parsed.warnings().isEmpty() ? "" : String.join(" ", parsed.warnings()));
        } finally {
            syncing = false;
        }
    }

    /** Connects in the background and reports the server's version, or why not, in one sentence. */
    public void test() {
        Callable<Endpoint> endpoint = endpointOrReport();
        if (endpoint != null) {
            attempts.test(endpoint);
        }
    }

    /** Gives up on a pending test at once; the dialog stays usable. */
    public void cancelTest() {
        attempts.cancelTest();
    }

    /**
     * Opens a session in the background (creating the SQLite file first when asked), saves the
     * connection when it has a name, and hands the open session over.
     */
    public void connect(BiConsumer<Endpoint, EditorSession> opened) {
        Callable<Endpoint> endpoint = endpointOrReport();
        if (endpoint == null) {
            return;
        }
        boolean create = form.engine.get().connection().canCreateEmpty() && form.createNew.get();
        attempts.connect(endpoint, create, new TestAndConnect.SaveAs(saveAs.get().strip(), savePassword.get(),
                startInAutocommit.get(), form.password.get()), opened);
    }

    /**
     * How the background task gets the endpoint: from the fields, or, when a string was just
     * edited and its fields have not arrived yet, by reading that string itself (keeping the
     * dialog's password where the string has none or shows the mask). Null when the fields are wrong.
     */
    private Callable<Endpoint> endpointOrReport() {
        String typedPassword = form.password.get().isEmpty() ? null : form.password.get();
        String text = pendingText;
        if (text != null) {
            error.set("");
            return () -> {
                ParsedConnection parsed = ConnectionStrings.parse(text, environment);
                boolean own = parsed.password() != null && !parsed.passwordMasked();
                return new Endpoint(parsed.spec(), own ? parsed.password() : typedPassword);
            };
        }
        try {
            ConnectionSpec spec = form.toSpec();
            error.set("");
            return () -> new Endpoint(spec, typedPassword);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /** A saved connection's password from the keychain or session memory; call off the FX thread. */
    public String savedPassword(SavedConnection connection) {
        return saved.password(connection.name()).orElse(null);
    }

    /** Saved connections to offer, read off the FX thread by the caller. */
    public List<SavedConnection> savedConnections() throws Exception {
        return saved.list();
    }

    /** Recently opened SQLite files, most recent first; call off the FX thread. */
    public List<Path> recentFiles() throws Exception {
        return saved.recentFiles();
    }

    public void chooseFile(Path file) {
        form.file.set(file.toString());
    }
}
