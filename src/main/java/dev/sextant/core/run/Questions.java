package dev.sextant.core.run;

import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionEnd;

import java.util.List;
import java.util.Optional;

/**
 * Every question Sextant asks instead of deciding for the user. The app answers them with
 * dialogs; view-model and closing tests answer them directly.
 */
public interface Questions {

    /** What to do with a tab's text that is in no file, before the tab closes. */
    enum UnsavedText { SAVE, DISCARD, CANCEL }

    /** What to do with grid edits not saved yet, before something would drop them. */
    enum UnsavedEdits { SAVE, DISCARD, CANCEL }

    /**
     * Something needs the open transaction ended first (switching autocommit, closing a tab).
     *
     * @param action what the user is doing, e.g. "Turn autocommit on"
     * @return how to end it, or empty to cancel the action
     */
    Optional<TransactionEnd> howToEndTransaction(String action, SessionStatus status);

    /** Quitting with {@code tabs} tabs in an open transaction: how to end all of them, or empty to keep working. */
    Optional<TransactionEnd> howToEndTransactions(int tabs);

    /** Closing the tab {@code tabTitle}, whose text is in no file: save it, discard it, or cancel? */
    UnsavedText whatToDoWithUnsavedText(String tabTitle);

    /**
     * Something would drop grid edits not saved (closing a tab, quitting, running again): save
     * them first, discard them, or cancel?
     *
     * @param action what the user is doing and what is pending, e.g. "Close tab: 3 changes in the grid are not saved."
     */
    UnsavedEdits whatToDoWithUnsavedEdits(String action);

    /** A statement that cannot run inside a transaction block: run it on its own autocommit connection? */
    boolean runOnSeparateConnection(String command);

    /** An UPDATE or DELETE without WHERE would touch every row of {@code table}: run it anyway? */
    boolean confirmEveryRow(String command, String table, long rows);

    /**
     * A statement has bind parameters: what values should it run with?
     *
     * @param placeholderNames each parameter once, as written ({@code :name}, {@code $1}, {@code ?1})
     * @return one value per name, in the same order, or empty to cancel the run
     */
    Optional<List<BoundValue>> valuesFor(List<String> placeholderNames);
}
