package dev.sextant.ui.app;

import dev.sextant.core.run.Questions;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.results.GridEdits;

import java.util.List;
import java.util.function.Consumer;

/**
 * Grid edits not saved, dealt with before something would drop them (closing a tab, running
 * again, quitting): the user chooses through the {@link Questions} port, Save sends them result
 * by result, and a save the server refuses keeps everything (its row shows why). Needs no
 * window, so every answer is unit-tested.
 */
final class UnsavedGridEdits {

    private final Questions questions;

    UnsavedGridEdits(Questions questions) {
        this.questions = questions;
    }

    /** How it ended: go on (nothing pending, all saved, or discarded), cancelled, or a save the server refused. */
    enum Settled { GO_ON, CANCELLED, REFUSED }

    /**
     * Asks what to do with {@code edits} ({@code action}, e.g. "Run", says what would drop them),
     * carries it out, then tells {@code done} how it ended. No edits: {@code GO_ON} at once, nothing asked.
     */
    void settle(List<GridEdits> edits, String action, Consumer<Settled> done) {
        if (edits.isEmpty()) {
            done.accept(Settled.GO_ON);
            return;
        }
        switch (questions.whatToDoWithUnsavedEdits(action + ": " + notSaved(edits))) {
            case SAVE -> saveAll(edits, 0, saved -> done.accept(saved ? Settled.GO_ON : Settled.REFUSED));
            case DISCARD -> done.accept(Settled.GO_ON);
            case CANCEL -> done.accept(Settled.CANCELLED);
        }
    }

    /**
     * Quitting asks once for the edits of all tabs. True when the app may go on closing now
     * (nothing pending, or Discard); on Save, {@code again} runs once everything was saved, to
     * ask about quitting afresh (a save in manual mode leaves a transaction to end).
     */
    boolean mayQuit(List<GridEdits> edits, Runnable again) {
        if (edits.isEmpty()) {
            return true;
        }
        Questions.UnsavedEdits answer = questions.whatToDoWithUnsavedEdits("Quit: " + notSaved(edits));
        if (answer == Questions.UnsavedEdits.SAVE) {
            saveAll(edits, 0, saved -> {
                if (saved) {
                    again.run();
                }
            });
        }
        return answer == Questions.UnsavedEdits.DISCARD;
    }

    /** "3 changes in the grid are not saved." */
    private static String notSaved(List<GridEdits> edits) {
        int pending = edits.stream().mapToInt(GridEdits::pendingCount).sum();
        return Wording.count(pending, "change") + " in the grid " + Wording.verb(pending, "is", "are") + " not saved.";
    }

    /** Saves each result's edits in turn, stopping at the first that the server refuses. */
    private static void saveAll(List<GridEdits> edits, int from, Consumer<Boolean> done) {
        if (from == edits.size()) {
            done.accept(true);
            return;
        }
        edits.get(from).save(saved -> {
            if (saved) {
                saveAll(edits, from + 1, done);
            } else {
                done.accept(false);
            }
        });
    }
}
