package dev.sextant.core.edit;

import dev.sextant.core.session.PlainError;

import java.sql.SQLException;

/**
 * Save stopped at one row: the server refused its statement, or it did not change exactly one
 * row. The whole save was rolled back; {@link #statement()} says which row, so the grid can show
 * the error on it, and the user's pending changes are all still there.
 */
public final class RowNotSavedException extends SQLException {

    private final transient ChangeStatement statement;

    RowNotSavedException(ChangeStatement statement, String sentence, SQLException serverError) {
        super(sentence, serverError == null ? null : serverError.getSQLState(), serverError);
        this.statement = statement;
    }

    /** A row the statement did not find as it was read, or found more than once. */
    static RowNotSavedException notOneRow(ChangeStatement statement, String what) {
        return new RowNotSavedException(statement, statement.label() + " " + what + "; nothing was saved.", null);
    }

    /** The server refused the row's statement: its own sentence, DETAIL and HINT kept. */
    static RowNotSavedException refused(ChangeStatement statement, SQLException serverError) {
        PlainError server = PlainError.of(serverError);
        return new RowNotSavedException(statement, statement.label() + " was not saved: " + server.sentence()
                + " Nothing was saved.", serverError);
    }

    public ChangeStatement statement() {
        return statement;
    }

    /** The sentence and, beneath it, the server's DETAIL / HINT lines, as the messages list shows errors. */
    public PlainError plain() {
        PlainError server = getCause() == null ? null : PlainError.of(getCause());
        return new PlainError(getMessage(), server == null ? "" : server.explanation(),
                server == null ? getMessage() : server.detail(), getSQLState(), 0);
    }
}
