package dev.sextant.core.session;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;

/** How an engine opens an editor tab's own session (an engine's part, see {@code EngineParts}). */
public interface SessionOpener {

    /** The engine's opener; JDBC engines without one of their own open a {@link SqlSession}. */
    static SessionOpener of(Engine engine) {
        return engine.part(SessionOpener.class).orElse(SqlSession::open);
    }

    /** Connects (blocking) and checks the session really works. */
    EditorSession open(Endpoint endpoint) throws Exception;
}
