package dev.sextant.core.cassandra;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.EngineParts;
import dev.sextant.core.connect.ServerProbe;
import dev.sextant.core.session.SessionOpener;

import java.util.Arrays;
import java.util.List;

/**
 * Cassandra's parts of the engine contract, found through {@code META-INF/services}. No JDBC part:
 * it speaks CQL through its own driver, and opens its tabs' sessions and answers Test itself.
 */
public final class CassandraParts implements EngineParts {

    @Override
    public List<Object> parts() {
        return List.of(CassandraEngine.INSTANCE, CqlErrorTranslation.INSTANCE,
                (SessionOpener) CassandraTabSession::open, (ServerProbe) CassandraParts::describe);
    }

    /** What Test reports: "Cassandra 5.0.9 · cluster … · datacenter datacenter1". */
    private static String describe(Endpoint endpoint) {
        char[] password = endpoint.password();
        try {
            return CassandraConnect.test(CassandraEngine.spec(endpoint), password).describe();
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
