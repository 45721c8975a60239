package dev.sextant.ui.transaction;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.text.Wording;

import java.util.List;

/**
 * What {@code txStatus} says: a short state that always fits its fixed place in the toolbar
 * (starting with Idle, In transaction or Failed, or Running while work is under way), and the
 * details (age, statements, changed rows, a result being read) for its tooltip.
 */
public final class TransactionStatusText {

    /** The longest texts the label can show, so its width is fixed once and never pushes the toolbar. */
    static final List<String> LONGEST = List.of("Idle · not connected", "In transaction · reading",
            "Failed · needs Rollback", "No transactions · CQL");
    /** The longest running text, drawn with a spinner beside it. */
    static final String LONGEST_RUNNING = "Running · 59 min";

    private TransactionStatusText() {
    }

    /** What the label says for a connected tab whose engine has no transactions: "No transactions · CQL". */
    public static String withoutTransactions(String language) {
        return "No transactions · " + language;
    }

    /** The label's text; {@code runningMillis} is how long the current work has run, or -1 when none runs. */
    public static String shortText(SessionStatus s, boolean connected, long runningMillis) {
        if (runningMillis >= 0) {
            return "Running · " + Wording.age(runningMillis);
        }
        if (s == null) {
            return connected ? "Idle" : "Idle · not connected";
        }
        if (s.readingResults()) {
            return "In transaction · reading";
        }
        return switch (s.transaction()) {
            case IDLE -> s.autocommit() ? "Idle · autocommit" : "Idle · manual commit";
            case IN_TRANSACTION -> "In transaction";
            case FAILED -> "Failed · needs Rollback";
        };
    }

    /** The tooltip: what the short text leaves out. */
    public static String details(SessionStatus s, boolean connected, long runningMillis, long nowMillis) {
        String state = stateDetails(s, connected, nowMillis);
        if (runningMillis < 0) {
            return state;
        }
        String what = connected ? "Running for " + Wording.age(runningMillis) + "; Cancel (Esc) stops it."
                : "Connecting for " + Wording.age(runningMillis) + ".";
        return what + "\n" + state;
    }

    private static String stateDetails(SessionStatus s, boolean connected, long nowMillis) {
        if (s == null) {
            return connected ? "Idle." : "Not connected: this tab has no session yet.";
        }
        if (s.readingResults()) {
            return "Idle · autocommit, reading a result: the server keeps a transaction open while rows are "
                    + "streamed; it ends when the result is read or closed.";
        }
        return switch (s.transaction()) {
            case IDLE -> s.autocommit() ? "Idle · autocommit: every statement is committed at once."
                    : "Idle · manual commit: the next change opens a transaction; it waits for Commit or Rollback.";
            case IN_TRANSACTION -> "In transaction for " + Wording.age(nowMillis - s.startedAtMillis()) + " · "
                    + Wording.count(s.statements(), "statement") + ", " + Wording.count(s.rowsChanged(), "row")
                    + " changed.";
            case FAILED -> "Failed after " + Wording.count(s.statements(), "statement")
                    + ": only Rollback (or ROLLBACK TO SAVEPOINT) can continue.";
        };
    }
}
