package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.core.connect.SslMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of the saved-connections file, kept apart from {@link ConnectionSpec} so the
 * file format changes only on purpose. There is no password field, by construction.
 */
record ConnectionsFile(int version, List<Entry> connections) {

    static final int VERSION = 1;

    ConnectionsFile {
        connections = connections == null ? List.of() : List.copyOf(connections);
    }

    record Server(String host, int port) {
    }

    record Entry(String name, String engine, List<Server> servers, String database, String user, String file,
                 boolean readOnly, String sslMode, String sslRootCert, String applicationName,
                 int connectTimeoutSeconds, boolean savePassword, Boolean autocommit) {

        static Entry of(SavedConnection saved) {
            ConnectionSpec spec = saved.spec();
            List<Server> servers = spec.servers().stream().map(s -> new Server(s.host(), s.port())).toList();
            return new Entry(saved.name(), spec.engine().name(), servers, spec.database(), spec.user(),
                    spec.file() == null ? null : spec.file().toString(), spec.readOnly(), spec.sslMode().keyword(),
                    spec.sslRootCert() == null ? null : spec.sslRootCert().toString(), spec.applicationName(),
                    spec.connectTimeoutSeconds(), saved.savePassword(), saved.autocommit());
        }

        SavedConnection toSaved() {
            List<ServerAddress> addresses = new ArrayList<>();
            for (Server server : servers == null ? List.<Server>of() : servers) {
                addresses.add(new ServerAddress(server.host(), server.port()));
            }
            ConnectionSpec spec = new ConnectionSpec(Engine.valueOf(engine), addresses, database, user,
                    file == null ? null : Path.of(file), readOnly, SslMode.fromKeyword(sslMode).orElse(SslMode.DEFAULT),
                    sslRootCert == null ? null : Path.of(sslRootCert), applicationName, connectTimeoutSeconds);
            // Files written before the setting existed have no value: autocommit, the default.
            return new SavedConnection(name, spec, savePassword, autocommit == null || autocommit);
        }
    }
}
