package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.session.ConnectionLostException;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.NotCommittedException;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.task.BackgroundRunner;

/**
 * Tells the user what failed in a tab (one sentence, the server's DETAIL and HINT beneath) and,
 * when the server ended the session, reconnects as a step of the operation that found out, so
 * the tab stays busy until the fresh session is there.
 */
final class Failures {

    private final TabState tab;

    Failures(TabState tab) {
        this.tab = tab;
    }

    /** An operation failed: the messages and the summary say why; a lost connection is opened again. */
    void fail(BackgroundRunner operation, Throwable error) {
        fail(operation, error, "");
    }

    /** As {@link #fail(BackgroundRunner, Throwable)}; {@code where} is psql's "LINE n: …" for an error with a position, or "". */
    void fail(BackgroundRunner operation, Throwable error, String where) {
        if (error instanceof ConnectionLostException lost) {
            reconnectAfter(operation, lost);
            return;
        }
        PlainError plain = report(error, where);
        tab.summary.set(tab.connectionName() + " · " + plain.sentence());
        tab.refreshStatus();
    }

    PlainError report(Throwable error) {
        return report(error, "");
    }

    /** Puts an error in the messages: its sentence, then the server's explanation and the line it points at. */
    PlainError report(Throwable error, String where) {
        PlainError plain = PlainError.of(error);
        String text = where.isEmpty() ? plain.text() : plain.text() + "\n" + where;
        tab.messages.add(Message.error(text, plain.detail()));
        SessionStatus s = tab.status.get();
        if (tab.options().rollbackFailedStatementOnly() && s != null && s.hasOpenTransaction()
                && !(error instanceof NotCommittedException)) {
            tab.messages.add(Message.info("Only the failed statement was rolled back; the transaction goes on."));
        }
        return plain;
    }

    /** The server ended the session: say what was lost, reconnect, and re-run nothing. */
    void reconnectAfter(BackgroundRunner operation, ConnectionLostException lost) {
        tab.messages.add(Message.error(lost.describe(), PlainError.of(lost.getCause()).detail()));
        EditorSession old = tab.session();
        tab.connected.set(false);
        tab.status.set(null);
        operation.run(() -> {
            closeQuietly(old);
            EditorSession fresh = old.reopen();
            tab.setSession(fresh);
            return fresh.status();
        }, s -> {
            tab.connected.set(true);
            tab.finish(s, "Reconnected to " + tab.connectionName() + "; nothing was re-run.");
        }, error -> {
            PlainError plain = PlainError.of(error);
            tab.messages.add(Message.error("Could not reconnect: " + plain.sentence(), plain.detail()));
        });
    }

    private static void closeQuietly(EditorSession old) {
        try {
            old.close();
        } catch (Exception ignored) {
            // The connection is already gone; closing only frees what the driver still holds.
        }
    }
}
