package dev.sextant.ui.common;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.function.Consumer;

/**
 * What the import and export dialogs and the result views may ask of an editor tab: its connection,
 * its transaction state as last read back, and one operation on its own session. The tab's view
 * model implements it, so those views never reach into the editor.
 */
public interface TabSession {

    Endpoint endpoint();

    boolean isConnected();

    boolean hasOpenTransaction();

    /** Whether the tab is running something now (its session takes one operation at a time). */
    javafx.beans.property.ReadOnlyBooleanProperty busyProperty();

    /** The session state as the driver last reported it (null while not connected). */
    ReadOnlyObjectProperty<SessionStatus> statusProperty();

    /**
     * Runs {@code work} on the tab's session, as one operation like any statement: the tab is busy
     * meanwhile and its transaction state is read back afterwards. {@code done} and {@code failed}
     * run on the FX thread once the tab is free again, so they may start the next piece of work.
     */
    <T> void runOnSession(Work<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /**
     * Runs {@code work} away from the FX thread but not on the tab's session (a catalog look-up on a
     * connection of its own, say): the tab stays free, its state untouched. Outcomes come back on the FX thread.
     */
    <T> void runBeside(java.util.concurrent.Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Work on the tab's own session, run on the tab's thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(SqlSession session) throws Exception;
    }
}
