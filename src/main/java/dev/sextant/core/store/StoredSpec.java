package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.core.connect.SslMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of a {@link ConnectionSpec} inside Sextant's own files, kept apart from the
 * record so a file format changes only on purpose. Files written before a field existed read it as
 * null ({@code datacenter}, added with Cassandra). There is no password field, by construction.
 */
record StoredSpec(String engine, List<ConnectionsFile.Server> servers, String database, String user, String file,
                  boolean readOnly, String sslMode, String sslRootCert, String applicationName,
                  int connectTimeoutSeconds, String datacenter) {

    static StoredSpec of(ConnectionSpec spec) {
        List<ConnectionsFile.Server> servers = spec.servers().stream()
                .map(s -> new ConnectionsFile.Server(s.host(), s.port())).toList();
        return new StoredSpec(spec.engine().name(), servers, spec.database(), spec.user(),
                spec.file() == null ? null : spec.file().toString(), spec.readOnly(), spec.sslMode().keyword(),
                spec.sslRootCert() == null ? null : spec.sslRootCert().toString(), spec.applicationName(),
                spec.connectTimeoutSeconds(), spec.datacenter());
    }

    ConnectionSpec toSpec() {
        List<ServerAddress> addresses = new ArrayList<>();
        for (ConnectionsFile.Server server : servers == null ? List.<ConnectionsFile.Server>of() : servers) {
            addresses.add(new ServerAddress(server.host(), server.port()));
        }
        return new ConnectionSpec(Engine.valueOf(engine), addresses, database, user,
                file == null ? null : Path.of(file), readOnly, SslMode.fromKeyword(sslMode).orElse(SslMode.DEFAULT),
                sslRootCert == null ? null : Path.of(sslRootCert), applicationName, connectTimeoutSeconds,
                datacenter);
    }
}
