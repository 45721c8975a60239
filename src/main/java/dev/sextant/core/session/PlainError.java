package dev.sextant.core.session;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error as the user reads it: one plain sentence, the server's own explanation beneath it
 * (PostgreSQL's DETAIL, HINT, QUERY and CONTEXT lines, as psql prints them), the details
 * (SQLSTATE, the driver's full text) kept for whoever asks, and the error position.
 *
 * @param sentence    what went wrong, in one sentence
 * @param explanation the server's DETAIL / HINT / QUERY / CONTEXT lines, "" when it sent none
 * @param detail      the full technical text, shown on demand
 * @param sqlState    the SQLSTATE, or null
 * @param position    1-based character position in the statement the server pointed at, 0 if none
 */
public record PlainError(String sentence, String explanation, String detail, String sqlState, int position) {

    public PlainError(String sentence, String detail, String sqlState, int position) {
        this(sentence, "", detail, sqlState, position);
    }

    /** The sentence with the server's explanation beneath it: what the messages list shows. */
    public String text() {
        return explanation.isEmpty() ? sentence : sentence + "\n" + explanation;
    }

    private static final Pattern SQLITE_MESSAGE = Pattern.compile("^\\[[A-Z_]+\\][^(]*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern SQLITE_SYNTAX = Pattern.compile("^near (\".*\"): syntax error$");
    private static final String CANCELLED = "The statement was cancelled.";

    public static PlainError of(Throwable error) {
        if (error instanceof NotCommittedException notCommitted) {
            return ofNotCommitted(notCommitted);
        }
        if (error instanceof SQLiteException sqlite) {
            return ofSqlite(sqlite);
        }
        if (error instanceof PSQLException pg) {
            return ofPostgres(pg);
        }
        if (error instanceof CancellationException) {
            return new PlainError("The connection attempt was cancelled.", String.valueOf(error.getMessage()), null, 0);
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String state = error instanceof SQLException sql ? sql.getSQLState() : null;
        return new PlainError(firstSentence(message), message, state, 0);
    }

    private static PlainError ofPostgres(PSQLException e) {
        ServerErrorMessage server = e.getServerErrorMessage();
        String state = e.getSQLState();
        if ("57014".equals(state)) {
            return new PlainError(CANCELLED, e.getMessage(), state, 0);
        }
        String connecting = ConnectionFailure.sentence(e);
        if (connecting != null) {
            return new PlainError(connecting, e.getMessage(), state, 0);
        }
        if (server == null) {
            return new PlainError(firstSentence(e.getMessage()), e.getMessage(), state, 0);
        }
        String detail = "SQLSTATE " + state + ": " + e.getMessage();
        return new PlainError(sentence(server.getMessage()), explanation(server), detail, state, server.getPosition());
    }

    /** The lines psql prints under an error, in psql's order; each only when the server sent it. */
    private static String explanation(ServerErrorMessage server) {
        StringBuilder lines = new StringBuilder();
        line(lines, "DETAIL", server.getDetail());
        line(lines, "HINT", server.getHint());
        line(lines, "QUERY", server.getInternalQuery());
        line(lines, "CONTEXT", server.getWhere());
        return lines.toString();
    }

    private static void line(StringBuilder lines, String label, String text) {
        if (text != null && !text.isBlank()) {
            lines.append(lines.length() == 0 ? "" : "\n").append(label).append(": ").append(text.strip());
        }
    }

    /** What became of the transaction first, then the server's own error beneath it, when it sent one. */
    private static PlainError ofNotCommitted(NotCommittedException e) {
        SQLException cause = e.serverError();
        if (cause == null) {
            return new PlainError(e.getMessage(), "", e.getMessage(), e.getSQLState(), 0);
        }
        PlainError server = of(cause);
        return new PlainError(e.getMessage(), server.text(), server.detail(), server.sqlState(), 0);
    }

    private static PlainError ofSqlite(SQLiteException e) {
        SQLiteErrorCode code = e.getResultCode();
        String detail = e.getMessage();
        String sentence = switch (code) {
            case SQLITE_NOTADB -> "That file is not a SQLite database.";
            case SQLITE_CANTOPEN -> "The database file could not be opened.";
            case SQLITE_INTERRUPT -> CANCELLED;
            case SQLITE_BUSY, SQLITE_LOCKED -> "The database is locked by another connection; try again once it has committed.";
            case SQLITE_READONLY -> "The database is open read-only and refuses changes.";
            default -> sentence(sqliteReason(detail));
        };
        return new PlainError(sentence, detail, code.name(), 0);
    }

    /** The part of sqlite-jdbc's "[CODE] generic text (reason)" that says what happened. */
    private static String sqliteReason(String message) {
        Matcher m = SQLITE_MESSAGE.matcher(message == null ? "" : message);
        String reason = m.matches() ? m.group(1) : String.valueOf(message);
        Matcher syntax = SQLITE_SYNTAX.matcher(reason);
        return syntax.matches() ? "syntax error near " + syntax.group(1) : reason;
    }

    /**
     * For SQLite, which gives no position: the text of the token its syntax error was "near"
     * (as in {@code near "SELEC": syntax error}), or null.
     */
    public String nearText() {
        if (!"SQLITE_ERROR".equals(sqlState)) {
            return null;
        }
        Matcher message = SQLITE_MESSAGE.matcher(detail == null ? "" : detail);
        Matcher syntax = SQLITE_SYNTAX.matcher(message.matches() ? message.group(1) : "");
        if (!syntax.matches()) {
            return null;
        }
        String quoted = syntax.group(1);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return "The database reported an error.";
        }
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    private static String firstSentence(String text) {
        String s = text.strip();
        int newline = s.indexOf('\n');
        if (newline > 0) {
            s = s.substring(0, newline);
        }
        int stop = s.indexOf(". ");
        return sentence(stop > 0 ? s.substring(0, stop + 1) : s);
    }
}
