package dev.sextant.core.connect;

/**
 * How Test asks a server what it is, for an engine not reached through JDBC (whose drivers answer
 * through {@link JdbcDriver#describe}); an engine's part, see {@link EngineParts}.
 */
public interface ServerProbe {

    /** Connects, reads the server's release and whatever else Test reports, and disconnects (blocking). */
    String describe(Endpoint endpoint);
}
