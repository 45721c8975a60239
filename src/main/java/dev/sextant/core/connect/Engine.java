package dev.sextant.core.connect;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The database engines Sextant speaks to: the identity saved (by name) in connections.json and
 * editor buffers, and the way to each engine's parts. Ask the engine ({@link #capabilities()},
 * {@link #connection()}, {@link #part}) rather than testing which one it is.
 */
public enum Engine {
    POSTGRESQL("PostgreSQL", true),
    SQLITE("SQLite", false),
    CASSANDRA("Cassandra", false);

    private final String displayName;
    private final boolean speaksPsql;

    Engine(String displayName, boolean speaksPsql) {
        this.displayName = displayName;
        this.speaksPsql = speaksPsql;
    }

    /**
     * Whether psql's server-side meta-commands ({@code \c}, {@code \d…}, {@code \copy}) mean
     * something here; elsewhere they stay "not sent", while {@code \set}, {@code \echo}… still work.
     */
    public boolean speaksPsql() {
        return speaksPsql;
    }

    public String displayName() {
        return displayName;
    }

    /** The engine's implementation of {@code port}, or empty when the engine has none (no JDBC, say). */
    public <T> Optional<T> part(Class<T> port) {
        return Registry.of(this).parts().stream().filter(port::isInstance).map(port::cast).findFirst();
    }

    /** Like {@link #part}, for a part every engine of this kind must have. */
    public <T> T required(Class<T> port) {
        return part(port).orElseThrow(() -> new UnsupportedOperationException(
                displayName + " has no " + port.getSimpleName()));
    }

    /** What it supports: transactions, savepoints, databases, roles, passwords. */
    public Capabilities capabilities() {
        return Registry.of(this).identity().capabilities();
    }

    public boolean supportsTransactions() {
        return capabilities().transactions();
    }

    /** Its connection fields, defaults and string forms. */
    public ConnectionFields connection() {
        return required(ConnectionFields.class);
    }

    /** Its JDBC driver's side, or empty for an engine reached through its own driver. */
    public Optional<JdbcDriver> jdbc() {
        return part(JdbcDriver.class);
    }

    @Override
    public String toString() {
        return displayName;
    }

    /** Loaded once, on first use, from every engine package on the class path. */
    private static final class Registry {
        private static final Map<Engine, EngineParts> PARTS = load();

        static EngineParts of(Engine engine) {
            EngineParts parts = PARTS.get(engine);
            if (parts == null) {
                throw new IllegalStateException("No engine package provides " + engine.displayName);
            }
            return parts;
        }

        private static Map<Engine, EngineParts> load() {
            Map<Engine, EngineParts> found = new EnumMap<>(Engine.class);
            for (EngineParts parts : ServiceLoader.load(EngineParts.class, Engine.class.getClassLoader())) {
                found.put(parts.identity().id(), parts);
            }
            return found;
        }
    }
}
