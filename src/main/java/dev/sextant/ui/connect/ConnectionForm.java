package dev.sextant.ui.connect;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.core.connect.SslMode;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection dialog's fields as text, as the user typed them, and the translation between
 * them and a {@link ConnectionSpec}. Several hosts are written as libpq writes them:
 * {@code host=a,b port=5432,5433} (one port for all, or one per host).
 */
final class ConnectionForm {

    final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(Engine.POSTGRESQL);
    final StringProperty host = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty("");
    final StringProperty database = new SimpleStringProperty(""); // a keyspace, for Cassandra
    final StringProperty datacenter = new SimpleStringProperty("");
    final StringProperty user = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final ObjectProperty<SslMode> sslMode = new SimpleObjectProperty<>(SslMode.DEFAULT);
    final StringProperty sslRootCert = new SimpleStringProperty("");
    final StringProperty applicationName = new SimpleStringProperty("");
    final StringProperty connectTimeout = new SimpleStringProperty("");
    final StringProperty file = new SimpleStringProperty("");
    final BooleanProperty createNew = new SimpleBooleanProperty();
    final BooleanProperty readOnly = new SimpleBooleanProperty();

    /** Whether the chosen engine opens a local file (the file fields) rather than servers. */
    boolean usesFile() {
        return engine.get().connection().usesFile();
    }

    /** Whether the chosen engine's servers hold keyspaces in datacenters (the datacenter field). */
    boolean usesKeyspaces() {
        return engine.get().connection().usesKeyspaces();
    }

    /** Everything that changes the connection string (the password only by being empty or not). */
    Observable[] fields() {
        return new Observable[] {engine, host, port, database, datacenter, user, password, sslMode, sslRootCert,
                applicationName, connectTimeout, file, readOnly};
    }

    /** The spec the fields describe; the message of the exception says which field is wrong. */
    ConnectionSpec toSpec() {
        if (usesFile()) {
            if (file.get().isBlank()) {
                throw new IllegalArgumentException("Choose a SQLite database file.");
            }
            return ConnectionSpec.sqlite(Path.of(file.get().strip())).withReadOnly(readOnly.get());
        }
        if (usesKeyspaces()) {
            return new ConnectionSpec(engine.get(), servers(), blankToNull(database.get()), blankToNull(user.get()),
                    null, readOnly.get(), null, null, null, 0,
                    datacenter.get().isBlank() ? "datacenter1" : datacenter.get().strip());
        }
        return new ConnectionSpec(engine.get(), servers(), blankToNull(database.get()), blankToNull(user.get()),
                null, false, null, null, null, 0)
                .withSsl(sslMode.get(), sslRootCert.get().isBlank() ? null : Path.of(sslRootCert.get().strip()))
                .withApplicationName(blankToNull(applicationName.get()))
                .withConnectTimeoutSeconds(timeoutSeconds())
                .withReadOnly(readOnly.get());
    }

    /** Shows a spec in the fields; the password field is left to the caller. */
    void show(ConnectionSpec spec) {
        engine.set(spec.engine());
        readOnly.set(spec.readOnly());
        if (usesFile()) {
            file.set(spec.file().toString());
            return;
        }
        host.set(String.join(",", spec.servers().stream().map(ServerAddress::host).toList()));
        List<String> ports = spec.servers().stream().map(s -> String.valueOf(s.port())).distinct().toList();
        port.set(String.join(",", ports.size() == 1 ? ports
                : spec.servers().stream().map(s -> String.valueOf(s.port())).toList()));
        database.set(nullToBlank(spec.database()));
        user.set(nullToBlank(spec.user()));
        sslMode.set(spec.sslMode());
        sslRootCert.set(spec.sslRootCert() == null ? "" : spec.sslRootCert().toString());
        applicationName.set(nullToBlank(spec.applicationName()));
        connectTimeout.set(spec.connectTimeoutSeconds() == 0 ? "" : String.valueOf(spec.connectTimeoutSeconds()));
        datacenter.set(nullToBlank(spec.datacenter()));
    }

    private List<ServerAddress> servers() {
        String[] hosts = host.get().isBlank() ? new String[] {"localhost"} : host.get().split(",");
        int defaultPort = engine.get().connection().defaultPort();
        String[] ports = port.get().isBlank() ? new String[] {String.valueOf(defaultPort)} : port.get().split(",");
        if (ports.length != 1 && ports.length != hosts.length) {
            throw new IllegalArgumentException("Give one port for all hosts, or one port per host.");
        }
        List<ServerAddress> servers = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i].strip();
            int colon = host.indexOf(':');
            // host:port names its own port (Cassandra's contact points); an IPv6 address has several colons.
            if (colon > 0 && colon == host.lastIndexOf(':')) {
                servers.add(new ServerAddress(host.substring(0, colon), portNumber(host.substring(colon + 1))));
            } else {
                servers.add(new ServerAddress(host, portNumber(ports[ports.length == 1 ? 0 : i])));
            }
        }
        return servers;
    }

    private static int portNumber(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0 && value < 65536) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // Reported below in the same words as an out-of-range number.
        }
        throw new IllegalArgumentException("The port must be a number from 1 to 65535.");
    }

    private int timeoutSeconds() {
        if (connectTimeout.get().isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(connectTimeout.get().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The connect timeout must be a whole number of seconds.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
