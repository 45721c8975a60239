package dev.sextant.core.postgres;

import dev.sextant.core.session.ErrorTranslation;
import dev.sextant.core.session.PlainError;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.util.Optional;

/** pgjdbc's errors: the server's message as a sentence, with psql's DETAIL / HINT lines beneath. */
final class PostgresErrors implements ErrorTranslation {

    static final PostgresErrors INSTANCE = new PostgresErrors();

    private PostgresErrors() {
    }

    @Override
    public Optional<PlainError> explain(Throwable error) {
        return error instanceof PSQLException pg ? Optional.of(of(pg)) : Optional.empty();
    }

    private static PlainError of(PSQLException e) {
        ServerErrorMessage server = e.getServerErrorMessage();
        String state = e.getSQLState();
        if ("57014".equals(state)) {
            return new PlainError(PlainError.CANCELLED, e.getMessage(), state, 0);
        }
        String connecting = ConnectionFailure.sentence(e);
        if (connecting != null) {
            return new PlainError(connecting, e.getMessage(), state, 0);
        }
        if (server == null) {
            return new PlainError(PlainError.firstSentence(e.getMessage()), e.getMessage(), state, 0);
        }
        String detail = "SQLSTATE " + state + ": " + e.getMessage();
        return new PlainError(PlainError.sentence(server.getMessage()), explanation(server), detail, state,
                server.getPosition());
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
}
