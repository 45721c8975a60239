package dev.sextant.core.sqlite;

import dev.sextant.core.connect.EngineParts;

import java.util.List;

/** SQLite's parts of the engine contract, found through {@code META-INF/services}. */
public final class SqliteParts implements EngineParts {

    @Override
    public List<Object> parts() {
        return List.of(SqliteEngine.INSTANCE, SqliteJdbc.INSTANCE, SqliteErrors.INSTANCE, SqliteTransfer.INSTANCE);
    }
}
