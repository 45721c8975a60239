package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.Identifiers;
import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.sql.StatementRules;

import java.util.Optional;

/** Facts about an engine's language that callers need before sending a statement. */
public interface Dialect {

    static Dialect of(Engine engine) {
        return engine.required(Dialect.class);
    }

    /** The lexical facts (comments, quotes, placeholders) the one lexer reads this engine's text by. */
    SqlDialect lexing();

    /**
     * The identifier quoted so that any name, however spelled, reaches the server unchanged; SQL's
     * double quotes unless the engine says otherwise.
     */
    default String quote(String identifier) {
        return Identifiers.quote(identifier);
    }

    /**
     * The command's name when {@code sql} cannot run inside a transaction block (such as
     * {@code CREATE DATABASE} or {@code VACUUM}), so the caller can switch to autocommit for it.
     */
    default Optional<String> outsideTransactionOnly(String sql) {
        return StatementRules.outsideTransactionOnly(sql);
    }

    /** The language's name as the toolbar says it ("SQL", "CQL"). */
    default String languageName() {
        return "SQL";
    }

    /**
     * For an engine without transactions, why, in the user's words, and what to use instead: the
     * tooltip of the disabled Autocommit, Commit and Rollback. Empty where transactions exist.
     */
    default Optional<String> withoutTransactions() {
        return Optional.empty();
    }

    /** The consistency levels a statement can be sent with, the default first; none for an engine without them. */
    default java.util.List<String> consistencyLevels() {
        return java.util.List.of();
    }

    /** Whether a query's rows can be re-sorted on the server by wrapping it as a subquery. */
    default boolean canWrapForSort() {
        return true;
    }
}
