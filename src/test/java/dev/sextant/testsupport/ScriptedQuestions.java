package dev.sextant.testsupport;

import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.run.Questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions as a test decided beforehand, and remembers what was asked. */
public final class ScriptedQuestions implements Questions {

    public final List<String> asked = new ArrayList<>();
    public Optional<TransactionEnd> endWith = Optional.empty();
    public Questions.UnsavedText unsavedText = Questions.UnsavedText.CANCEL;
    public Questions.UnsavedEdits unsavedEdits = Questions.UnsavedEdits.CANCEL;
    public boolean runSeparately;
    public boolean runOnEveryRow;
    /** The answers to {@link #valuesFor}, one per question in turn; empty (or none left) = Cancel. */
    public final List<Optional<List<BoundValue>>> values = new ArrayList<>();

    @Override
    public Optional<TransactionEnd> howToEndTransaction(String action, SessionStatus status) {
        asked.add(action + " with " + status.statements() + " statements open");
        return endWith;
    }

    @Override
    public Optional<TransactionEnd> howToEndTransactions(int tabs) {
        asked.add("quit with " + tabs + " tabs in a transaction");
        return endWith;
    }

    @Override
    public Questions.UnsavedText whatToDoWithUnsavedText(String tabTitle) {
        asked.add("unsaved text in " + tabTitle);
        return unsavedText;
    }

    @Override
    public Questions.UnsavedEdits whatToDoWithUnsavedEdits(String action) {
        asked.add(action);
        return unsavedEdits;
    }

    @Override
    public boolean runOnSeparateConnection(String command) {
        asked.add(command + " outside the transaction?");
        return runSeparately;
    }

    @Override
    public boolean confirmEveryRow(String command, String table, long rows) {
        asked.add(command + " all " + rows + " rows of " + table + "?");
        return runOnEveryRow;
    }

    @Override
    public Optional<List<BoundValue>> valuesFor(List<String> placeholderNames) {
        asked.add("values for " + String.join(", ", placeholderNames) + "?");
        return values.isEmpty() ? Optional.empty() : values.remove(0);
    }
}
