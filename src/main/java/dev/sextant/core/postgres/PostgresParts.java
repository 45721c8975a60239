package dev.sextant.core.postgres;

import dev.sextant.core.connect.EngineParts;

import java.util.List;

/** PostgreSQL's parts of the engine contract, found through {@code META-INF/services}. */
public final class PostgresParts implements EngineParts {

    @Override
    public List<Object> parts() {
        return List.of(PostgresEngine.INSTANCE, PostgresJdbc.INSTANCE, PostgresErrors.INSTANCE, PostgresTransfer.INSTANCE,
                InlineCopy.INSTANCE);
    }
}
