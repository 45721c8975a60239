package dev.sextant.core.cassandra;

import dev.sextant.core.connect.Capabilities;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.EngineParts;

import java.util.List;

/**
 * Cassandra's parts of the engine contract, found through {@code META-INF/services}: no
 * transactions (each write is applied at once), one cluster of keyspaces reached by one session
 * (no databases to switch between), roles not administered from the tree, passwords for
 * plain-text authentication. No JDBC part: it speaks CQL through its own driver.
 */
public final class CassandraParts implements EngineParts {

    private static final Capabilities CAPABILITIES = new Capabilities(false, false, false, false, false, true);

    @Override
    public Engine id() {
        return Engine.CASSANDRA;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Object> parts() {
        return List.of(CassandraEngine.INSTANCE, CqlErrorTranslation.INSTANCE,
                (dev.sextant.core.session.SessionOpener) CassandraTabSession::open);
    }
}
