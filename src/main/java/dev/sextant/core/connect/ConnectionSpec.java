package dev.sextant.core.connect;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where to connect, without the password: what a saved connection holds and what the
 * connection dialog edits. The password travels separately (see {@link Endpoint}) so that a
 * spec can be written to disk, logged or shown without leaking it.
 *
 * @param engine    PostgreSQL or SQLite
 * @param host      PostgreSQL host name or address (unused for SQLite)
 * @param port      PostgreSQL port (unused for SQLite)
 * @param database  PostgreSQL database name (unused for SQLite)
 * @param user      PostgreSQL role to connect as (unused for SQLite)
 * @param file      SQLite database file (unused for PostgreSQL)
 * @param readOnly  open so that the server refuses writes
 */
public record ConnectionSpec(Engine engine, String host, int port, String database, String user,
                             Path file, boolean readOnly) {

    public static final int DEFAULT_PORT = 5432;

    public ConnectionSpec {
        Objects.requireNonNull(engine, "engine");
        if (engine == Engine.SQLITE) {
            Objects.requireNonNull(file, "a SQLite connection needs a file");
            file = file.toAbsolutePath().normalize();
        }
    }

    public static ConnectionSpec sqlite(Path file) {
        return new ConnectionSpec(Engine.SQLITE, null, 0, null, null, file, false);
    }

    public static ConnectionSpec postgres(String host, int port, String database, String user) {
        return new ConnectionSpec(Engine.POSTGRESQL, host, port, database, user, null, false);
    }

    /** The same connection pointed at another database of the same server. */
    public ConnectionSpec withDatabase(String otherDatabase) {
        return new ConnectionSpec(engine, host, port, otherDatabase, user, file, readOnly);
    }

    public ConnectionSpec withReadOnly(boolean value) {
        return new ConnectionSpec(engine, host, port, database, user, file, value);
    }

    /** A short name for tabs and the tree: the file name, or {@code user@host:port/database}. */
    public String displayName() {
        if (engine == Engine.SQLITE) {
            return file.getFileName().toString();
        }
        return user + "@" + host + ":" + port + "/" + database;
    }
}
