package dev.sextant.core.sqlite;

import dev.sextant.core.session.ErrorTranslation;
import dev.sextant.core.session.PlainError;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** sqlite-jdbc's "[CODE] generic text (reason)" read down to the reason, in one sentence. */
final class SqliteErrors implements ErrorTranslation {

    static final SqliteErrors INSTANCE = new SqliteErrors();

    private static final Pattern SQLITE_MESSAGE = Pattern.compile("^\\[[A-Z_]+\\][^(]*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern SQLITE_SYNTAX = Pattern.compile("^near (\".*\"): syntax error$");

    private SqliteErrors() {
    }

    @Override
    public Optional<PlainError> explain(Throwable error) {
        if (!(error instanceof SQLiteException e)) {
            return Optional.empty();
        }
        SQLiteErrorCode code = e.getResultCode();
        String detail = e.getMessage();
        String sentence = switch (code) {
            case SQLITE_NOTADB -> "That file is not a SQLite database.";
            case SQLITE_CANTOPEN -> "The database file could not be opened.";
            case SQLITE_INTERRUPT -> PlainError.CANCELLED;
            case SQLITE_BUSY, SQLITE_LOCKED -> "The database is locked by another connection; try again once it has committed.";
            case SQLITE_READONLY -> "The database is open read-only and refuses changes.";
            default -> PlainError.sentence(reason(detail));
        };
        return Optional.of(new PlainError(sentence, detail, code.name(), 0));
    }

    /** SQLite gives no position: the text of the token its syntax error was "near", as in {@code near "SELEC"}. */
    @Override
    public Optional<String> nearText(PlainError error) {
        if (!"SQLITE_ERROR".equals(error.sqlState())) {
            return Optional.empty();
        }
        Matcher message = SQLITE_MESSAGE.matcher(error.detail() == null ? "" : error.detail());
        Matcher syntax = SQLITE_SYNTAX.matcher(message.matches() ? message.group(1) : "");
        if (!syntax.matches()) {
            return Optional.empty();
        }
        String quoted = syntax.group(1);
        return Optional.of(quoted.substring(1, quoted.length() - 1));
    }

    /** The part of sqlite-jdbc's "[CODE] generic text (reason)" that says what happened. */
    private static String reason(String message) {
        Matcher m = SQLITE_MESSAGE.matcher(message == null ? "" : message);
        String reason = m.matches() ? m.group(1) : String.valueOf(message);
        Matcher syntax = SQLITE_SYNTAX.matcher(reason);
        return syntax.matches() ? "syntax error near " + syntax.group(1) : reason;
    }
}
