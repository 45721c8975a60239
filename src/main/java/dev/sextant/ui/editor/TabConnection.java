package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.session.Dialect;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.SessionOpener;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.ui.results.ResultSheet;

import java.util.List;
import java.util.function.Consumer;

/**
 * A tab's own session from opening to closing: connecting (or taking a session already opened),
 * the mode it starts in, the consistency level its statements go out with, and closing it with
 * its transaction ended as the user chose.
 */
final class TabConnection {

    private final TabState tab;
    private final Failures failures;
    private boolean startInManualMode;
    private volatile String consistency;

    TabConnection(TabState tab, Failures failures) {
        this.tab = tab;
        this.failures = failures;
    }

    /** Opens the session in the background; {@code afterwards} runs once connected and the tab is free. */
    void connect(Runnable afterwards) {
        boolean manual = startInManualMode;
        tab.operations().start(operation -> operation.run(() -> open(manual), s -> {
            tab.connected.set(true);
            tab.finish(s, "Connected to " + tab.connectionName() + ".");
            tab.operations().whenIdle(afterwards);
        }, error -> failures.fail(operation, error)));
    }

    private SessionStatus open(boolean manual) throws Exception {
        EditorSession opened = SessionOpener.of(tab.endpoint().spec().engine()).open(tab.endpoint());
        opened.useOptions(tab.options());
        useConsistency(opened);
        if (manual) {
            opened.setAutoCommit(false);
        }
        tab.setSession(opened);
        return opened.status();
    }

    /** Takes a session the caller already opened (and so checked); a tab restored in manual mode switches it first. */
    void adopt(EditorSession opened) {
        opened.useOptions(tab.options());
        useConsistency(opened);
        tab.setSession(opened);
        tab.connected.set(true);
        tab.messages.add(Message.info("Connected to " + tab.connectionName() + "."));
        if (!startInManualMode) {
            tab.refreshStatus();
            return;
        }
        tab.operations().start(operation -> operation.run(
                () -> opened.status().autocommit() ? opened.setAutoCommit(false) : opened.status(),
                tab::showStatus, error -> failures.fail(operation, error)));
    }

    void startInManualMode() {
        startInManualMode = true;
    }

    /** The mode as the driver last reported it, or the one the tab is to start in while not connected. */
    boolean autocommitMode() {
        SessionStatus s = tab.status.get();
        return s == null ? !startInManualMode : s.autocommit();
    }

    List<String> consistencyLevels() {
        return Dialect.of(tab.endpoint().spec().engine()).consistencyLevels();
    }

    /** The level the tab's statements go out with, or null for an engine without levels. */
    String consistency() {
        List<String> levels = consistencyLevels();
        return consistency != null ? consistency : levels.isEmpty() ? null : levels.get(0);
    }

    /** The session only keeps the level (no I/O), so this needs no operation. */
    void setConsistency(String level) {
        consistency = level;
        EditorSession current = tab.session();
        if (current != null) {
            current.useConsistency(level);
        }
    }

    private void useConsistency(EditorSession opened) {
        if (consistency() != null) {
            opened.useConsistency(consistency());
        }
    }

    /**
     * Closes the session, ending an open transaction as chosen (null: roll back), then tells
     * {@code whenClosed} null. When that fails (a commit not carried out) the session stays, the
     * messages say why, and {@code whenClosed} gets the error.
     */
    void close(TransactionEnd end, Consumer<Throwable> whenClosed) {
        EditorSession current = tab.session();
        if (current == null) {
            tab.connected.set(false);
            whenClosed.accept(null);
            return;
        }
        tab.operations().start(operation -> operation.run(() -> {
            current.close(end == null ? TransactionEnd.ROLLBACK : end);
            return null;
        }, ignored -> {
            tab.setSession(null);
            tab.results.forEach(ResultSheet::close); // their spill files go with the tab
            tab.connected.set(false);
            tab.operations().whenIdle(() -> whenClosed.accept(null));
        }, error -> {
            failures.fail(operation, error);
            tab.operations().whenIdle(() -> whenClosed.accept(error));
        }));
    }
}
