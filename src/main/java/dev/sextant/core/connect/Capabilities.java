package dev.sextant.core.connect;

/**
 * What an engine supports, so the UI can enable a control or say why it is off.
 *
 * @param transactions       BEGIN / COMMIT / ROLLBACK and an autocommit switch
 * @param savepoints         SAVEPOINT inside a transaction
 * @param needsStatementSavepoint a failed statement spoils the whole transaction unless a savepoint
 *                           is set before it (PostgreSQL); SQLite undoes just that statement itself
 * @param databases          a server holds several databases, each reached by its own connection
 * @param roles              the server has roles to browse and administer
 * @param passwords          connecting may need a password (none for a local file)
 */
public record Capabilities(boolean transactions, boolean savepoints, boolean needsStatementSavepoint,
                           boolean databases, boolean roles, boolean passwords) {
}
