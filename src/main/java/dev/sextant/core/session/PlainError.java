package dev.sextant.core.session;


import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

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

    /** What every engine says when the user cancelled the statement. */
    public static final String CANCELLED = "The statement was cancelled.";

    public static PlainError of(Throwable error) {
        if (error instanceof NotCommittedException notCommitted) {
            return ofNotCommitted(notCommitted);
        }
        for (ErrorTranslation translation : ErrorTranslation.all()) {
            Optional<PlainError> own = translation.explain(error);
            if (own.isPresent()) {
                return own.get();
            }
        }
        if (error instanceof CancellationException) {
            return new PlainError("The connection attempt was cancelled.", String.valueOf(error.getMessage()), null, 0);
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String state = error instanceof SQLException sql ? sql.getSQLState() : null;
        return new PlainError(firstSentence(message), message, state, 0);
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

    /**
     * For an engine that gives no position (SQLite): the text of the token its syntax error was
     * "near" (as in {@code near "SELEC": syntax error}), or null.
     */
    public String nearText() {
        return ErrorTranslation.all().stream().flatMap(translation -> translation.nearText(this).stream())
                .findFirst().orElse(null);
    }

    /** {@code text} as a sentence: capital first, full stop last. */
    public static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return "The database reported an error.";
        }
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    /** The first sentence of a driver's message, which may run on over several lines. */
    public static String firstSentence(String text) {
        String s = text.strip();
        int newline = s.indexOf('\n');
        if (newline > 0) {
            s = s.substring(0, newline);
        }
        int stop = s.indexOf(". ");
        return sentence(stop > 0 ? s.substring(0, stop + 1) : s);
    }
}
