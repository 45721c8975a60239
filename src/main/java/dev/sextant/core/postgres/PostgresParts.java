package dev.sextant.core.postgres;

import dev.sextant.core.connect.Capabilities;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.EngineParts;

import java.util.List;

/** PostgreSQL's parts of the engine contract, found through {@code META-INF/services}. */
public final class PostgresParts implements EngineParts {

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, true, true, true);

    @Override
    public Engine id() {
        return Engine.POSTGRESQL;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Object> parts() {
        return List.of(PostgresEngine.INSTANCE, PostgresJdbc.INSTANCE, PostgresErrors.INSTANCE, PostgresTransfer.INSTANCE);
    }
}
