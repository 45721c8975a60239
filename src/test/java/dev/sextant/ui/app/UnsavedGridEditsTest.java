package dev.sextant.ui.app;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.run.Questions;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import dev.sextant.ui.app.UnsavedGridEdits.Settled;
import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.ui.results.GridEdits;
import dev.sextant.ui.results.ResultSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing a tab, running again and quitting with grid edits not saved, answered by a script:
 * no window, a real SQLite file, the edits saved (or not) on the tab's own session.
 */
class UnsavedGridEditsTest {

    @TempDir
    Path dir;
    private Path file;
    private EditorTabViewModel tab;
    private final ScriptedQuestions questions = new ScriptedQuestions();
    private final UnsavedGridEdits unsaved = new UnsavedGridEdits(questions);
    private final List<Settled> settled = new ArrayList<>();

    @BeforeEach
    void openTwoResults() throws Exception {
        file = dir.resolve("music.db");
        SqliteFiles.execute(file, "CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "INSERT INTO artists VALUES (1, 'Nina'), (2, 'Miles')",
                "CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT NOT NULL)",
                "INSERT INTO albums VALUES (1, 'Pastel Blues')");
        tab = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)), new ImmediateRunner(), new ImmediateRunner(),
                questions);
        tab.connect(ScriptSplitter.split("SELECT id, name FROM artists ORDER BY id; SELECT id, title FROM albums"));
        assertEquals(2, tab.results().size(), tab.messages().toString());
    }

    @AfterEach
    void closeTab() {
        tab.close(null, error -> { });
    }

    /** The grid's edits of result {@code index}, with {@code value} typed into row 0's second column. */
    private GridEdits edited(int index, Object value) {
        ResultSheet sheet = tab.results().get(index);
        GridEdits edits = new GridEdits(sheet, tab);
        edits.check();
        assertTrue(edits.editableProperty().get(), edits.readOnlyReasonProperty().get());
        edits.set(0, sheet.rows().get(0), 1, value);
        return edits;
    }

    private String artist1() throws Exception {
        return SqliteFiles.text(file, "SELECT name FROM artists WHERE id = 1");
    }

    @Test
    void closingWithSaveSendsTheEditsThenGoesOn() throws Exception {
        GridEdits edits = edited(0, "Nina Simone");
        questions.unsavedEdits = Questions.UnsavedEdits.SAVE;
        unsaved.settle(List.of(edits), "Close tab", settled::add);
        assertEquals(List.of("Close tab: 1 change in the grid is not saved."), questions.asked);
        assertEquals(List.of(Settled.GO_ON), settled);
        assertEquals("Nina Simone", artist1());
        assertFalse(edits.hasPendingChanges());
        assertFalse(tab.busyProperty().get(), "the tab is free for the close that follows");
    }

    @Test
    void discardGoesOnWithoutSendingAnything() throws Exception {
        GridEdits edits = edited(0, "Nina Simone");
        questions.unsavedEdits = Questions.UnsavedEdits.DISCARD;
        unsaved.settle(List.of(edits), "Run", settled::add);
        assertEquals(List.of(Settled.GO_ON), settled);
        assertEquals("Nina", artist1());
    }

    @Test
    void cancelKeepsTheEditsPendingAndSendsNothing() throws Exception {
        GridEdits edits = edited(0, "Nina Simone");
        unsaved.settle(List.of(edits), "Close tab", settled::add);
        assertEquals(List.of(Settled.CANCELLED), settled);
        assertEquals(1, edits.pendingCount());
        assertEquals("Nina", artist1());
    }

    @Test
    void aSaveTheServerRefusesKeepsTheEditsAndSaysWhyOnTheGrid() throws Exception {
        GridEdits edits = edited(0, null); // name is NOT NULL
        questions.unsavedEdits = Questions.UnsavedEdits.SAVE;
        unsaved.settle(List.of(edits), "Close tab", settled::add);
        assertEquals(List.of(Settled.REFUSED), settled);
        assertEquals(1, edits.pendingCount());
        assertTrue(edits.isFailed(0), "the refused row is marked");
        assertTrue(edits.outcomeProperty().get().contains("NOT NULL"), edits.outcomeProperty().get());
        assertEquals("Nina", artist1());
    }

    @Test
    void nothingPendingAsksNothing() {
        unsaved.settle(List.of(), "Close tab", settled::add);
        assertEquals(List.of(Settled.GO_ON), settled);
        assertEquals(List.of(), questions.asked);
        assertTrue(unsaved.mayQuit(List.of(), () -> settled.add(null)));
        assertEquals(List.of(), questions.asked);
    }

    @Test
    void quittingAsksOnceForAllResultsAndSaveSavesEachThenAsksAgain() throws Exception {
        List<GridEdits> edits = List.of(edited(0, "Nina Simone"), edited(1, "Wild Is the Wind"));
        questions.unsavedEdits = Questions.UnsavedEdits.SAVE;
        int[] again = {0};
        assertFalse(unsaved.mayQuit(edits, () -> again[0]++), "the window waits for the saves");
        assertEquals(List.of("Quit: 2 changes in the grid are not saved."), questions.asked);
        assertEquals(1, again[0], "quitting is asked about afresh once everything is saved");
        assertEquals("Nina Simone", artist1());
        assertEquals("Wild Is the Wind", SqliteFiles.text(file, "SELECT title FROM albums WHERE id = 1"));
    }

    @Test
    void quittingWithDiscardClosesAndCancelOrARefusedSaveKeepsTheWindow() throws Exception {
        List<GridEdits> edits = List.of(edited(0, null), edited(1, "Wild Is the Wind"));
        int[] again = {0};
        questions.unsavedEdits = Questions.UnsavedEdits.CANCEL;
        assertFalse(unsaved.mayQuit(edits, () -> again[0]++));
        questions.unsavedEdits = Questions.UnsavedEdits.SAVE;
        assertFalse(unsaved.mayQuit(edits, () -> again[0]++));
        assertEquals(0, again[0], "a refused save never quits");
        assertEquals("Pastel Blues", SqliteFiles.text(file, "SELECT title FROM albums WHERE id = 1"),
                "the save stopped at the first result the server refused");
        questions.unsavedEdits = Questions.UnsavedEdits.DISCARD;
        assertTrue(unsaved.mayQuit(edits, () -> again[0]++));
        assertEquals(0, again[0]);
        assertEquals("Nina", artist1());
    }
}
