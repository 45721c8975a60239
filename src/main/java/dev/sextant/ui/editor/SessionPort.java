package dev.sextant.ui.editor;

import dev.sextant.core.session.ConnectionLostException;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.common.TabSession;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The work other views do through the tab (an import, a grid's Save, a plan, a re-sort on the
 * server): on the tab's session as one operation like any statement, or beside it on a
 * connection of its own, leaving the tab free. Callers hear back once the tab is free again,
 * so a caller told "done" can start its next piece of work at once.
 */
final class SessionPort {

    private final TabState tab;
    private final Failures failures;
    private final BackgroundRunner sideRunner;

    SessionPort(TabState tab, Failures failures, BackgroundRunner sideRunner) {
        this.tab = tab;
        this.failures = failures;
        this.sideRunner = sideRunner;
    }

    <T> void runBeside(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        sideRunner.run(work, done::accept, failed::accept);
    }

    /** Refused at once (with a sentence to show) while the tab is not connected or still running something. */
    <T> void runOnSession(TabSession.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        EditorSession current = tab.session();
        if (current == null || tab.operations().isBusy()) {
            failed.accept(new IllegalStateException(current == null
                    ? "This tab is not connected." : "This tab is still running a statement; wait or cancel it first."));
            return;
        }
        SessionOperations operations = tab.operations();
        operations.start(operation -> operation.run(() -> work.run(jdbcOf(current)), value -> {
            tab.refreshStatus();
            operations.whenIdle(() -> done.accept(value));
        }, error -> {
            if (error instanceof ConnectionLostException lost) {
                failures.reconnectAfter(operation, lost);
            } else {
                tab.refreshStatus();
            }
            operations.whenIdle(() -> failed.accept(error));
        }));
    }

    private static SqlSession jdbcOf(EditorSession current) {
        return current.jdbc().orElseThrow(() -> new UnsupportedOperationException(
                current.engine().displayName() + " does not import through this tab."));
    }
}
