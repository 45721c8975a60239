package dev.sextant.core.store;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.PgPass;
import dev.sextant.core.connect.ServerAddress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a password for a connection without asking the user, where one was already given on
 * purpose: a saved connection with its password kept, then {@code ~/.pgpass}, then
 * {@code PGPASSWORD}. Talks to the keychain and reads files: call it off the FX thread.
 */
public final class RememberedPasswords {

    private final SavedConnections saved;
    private final ConnectionEnvironment environment;

    public RememberedPasswords(SavedConnections saved, ConnectionEnvironment environment) {
        this.saved = saved;
        this.environment = environment;
    }

    /** The password to connect with, or empty when nothing remembers one (SQLite never needs one). */
    public Optional<String> find(ConnectionSpec spec) {
        if (!spec.engine().capabilities().passwords()) {
            return Optional.empty();
        }
        try {
            for (SavedConnection connection : saved.list()) {
                if (connection.savePassword() && sameServerAndRole(connection.spec(), spec)) {
                    Optional<String> kept = saved.password(connection.name());
                    if (kept.isPresent()) {
                        return kept;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable connections file or a keychain that fails: fall through to libpq's sources.
        }
        for (ServerAddress server : spec.servers()) {
            String fromFile = PgPass.find(PgPass.location(null, environment), server, spec.database(), spec.user(),
                    new ArrayList<>());
            if (fromFile != null) {
                return Optional.of(fromFile);
            }
        }
        return Optional.ofNullable(environment.variable("PGPASSWORD"));
    }

    private static boolean sameServerAndRole(ConnectionSpec a, ConnectionSpec b) {
        return a.engine() == b.engine() && a.servers().equals(b.servers())
                && Objects.equals(a.database(), b.database()) && Objects.equals(a.user(), b.user());
    }
}
