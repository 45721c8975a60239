package dev.sextant.core.session;

import java.sql.Connection;

/** Work done on a session's own connection as one step (see {@link SqlSession#runAsOneStep}). */
@FunctionalInterface
public interface SessionWork<T> {
    T run(Connection connection) throws Exception;
}
