package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.SqlDialect;

import java.util.Optional;

/** Facts about an engine's language that callers need before sending a statement. */
public interface Dialect {

    static Dialect of(Engine engine) {
        return engine.required(Dialect.class);
    }

    /** The lexical facts (comments, quotes, placeholders) the one lexer reads this engine's text by. */
    SqlDialect lexing();

    /** The identifier quoted so that any name, however spelled, reaches the server unchanged. */
    String quote(String identifier);

    /**
     * The command's name when {@code sql} cannot run inside a transaction block (such as
     * {@code CREATE DATABASE} or {@code VACUUM}), so the caller can switch to autocommit for it.
     */
    Optional<String> outsideTransactionOnly(String sql);

    /** Whether a query's rows can be re-sorted on the server by wrapping it as a subquery. */
    boolean canWrapForSort();
}
