package dev.sextant.core.engine;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.postgres.PostgresEngine;
import dev.sextant.core.sqlite.SqliteEngine;

import java.util.List;

/** The one place that knows every engine's package: the registry behind {@link Engine#implementation()}. */
public final class Engines {

    private static final List<DatabaseEngine> ALL = List.of(PostgresEngine.INSTANCE, SqliteEngine.INSTANCE);

    private Engines() {
    }

    public static DatabaseEngine of(Engine id) {
        return switch (id) {
            case POSTGRESQL -> PostgresEngine.INSTANCE;
            case SQLITE -> SqliteEngine.INSTANCE;
        };
    }

    /** Every engine, for questions that only the engine that owns the answer can recognise. */
    public static List<DatabaseEngine> all() {
        return ALL;
    }
}
