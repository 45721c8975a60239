package dev.sextant.core.engine;

import dev.sextant.core.connect.Capabilities;
import dev.sextant.core.connect.ConnectionFields;
import dev.sextant.core.connect.EngineIdentity;
import dev.sextant.core.connect.JdbcDriver;
import dev.sextant.core.meta.CatalogSource;
import dev.sextant.core.session.Dialect;
import dev.sextant.core.session.ErrorTranslation;

import java.util.Optional;

/**
 * The Engine contract, whole: what one kind of database provides to the rest of Sextant. Its parts
 * live beside the code that uses them, so that no core package leans on another in a circle:
 * {@link ConnectionFields}, {@link JdbcDriver} and {@link Capabilities} in core/connect,
 * {@link Dialect}, {@code SessionRules} and {@link ErrorTranslation} in core/session,
 * {@code DataTransfer} in core/io and {@link CatalogSource} in core/meta. An engine's package
 * lists its parts in one {@code EngineParts} class named in {@code META-INF/services}; nothing else
 * names an engine's classes (ArchitectureTest). A non-JDBC engine (Cassandra) leaves out the JDBC
 * parts and says what it lacks in its {@link Capabilities}.
 *
 * <p>An engine is its own {@link ConnectionFields} and {@link Dialect}, and its error translation
 * is the one its package lists, so an engine's class states only its identity and what differs
 * from the defaults (a file instead of servers, CQL's quoting, no transactions…).
 *
 * <p>Code outside an engine's package asks these questions instead of testing which engine it has.
 */
public interface DatabaseEngine extends EngineIdentity, CatalogSource, ConnectionFields, Dialect {

    /** Its connection fields, defaults and string forms. */
    default ConnectionFields connection() {
        return this;
    }

    /** Facts about its language: quoting, statements that cannot run in a transaction, wrapping. */
    default Dialect dialect() {
        return this;
    }

    /** Its errors in the user's words: the translation its package lists among its parts. */
    default ErrorTranslation errors() {
        return id().required(ErrorTranslation.class);
    }

    /** The JDBC side, or empty for an engine reached through its own driver. */
    default Optional<JdbcDriver> jdbc() {
        return id().jdbc();
    }

    default boolean supportsTransactions() {
        return capabilities().transactions();
    }
}
