package dev.sextant.core.sqlite;

import dev.sextant.core.connect.Capabilities;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.EngineParts;

import java.util.List;

/**
 * SQLite's parts of the engine contract, found through {@code META-INF/services}. A failed
 * statement is undone alone, so no savepoint is needed around each one; one file, no roles.
 */
public final class SqliteParts implements EngineParts {

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, false, false, false, false);

    @Override
    public Engine id() {
        return Engine.SQLITE;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Object> parts() {
        return List.of(SqliteEngine.INSTANCE, SqliteJdbc.INSTANCE, SqliteErrors.INSTANCE, SqliteTransfer.INSTANCE);
    }
}
