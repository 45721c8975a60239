package dev.sextant.ui.editor;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The server's error position, turned into the offset in the editor text where the user must look. */
class EditorTabViewModelErrorTest {

    private static final String DATABASE = "error_position_test";
    private static TestPostgres server;
    private EditorTabViewModel model;
    @TempDir
    Path dir;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
    }

    @BeforeEach
    void connect() throws SQLException {
        Endpoint endpoint = server.endpoint(DATABASE);
        try (Connection c = endpoint.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t (id int)");
        }
        model = new EditorTabViewModel(endpoint, new ImmediateRunner(), new ImmediateRunner(), new ScriptedQuestions());
        model.connect();
    }

    @AfterEach
    void close() {
        model.close(null, error -> { });
    }

    @Test
    void aSyntaxErrorInTheSecondStatementPointsAtItsCharacterInTheScript() {
        String script = "SELECT 1;\nSELECT * FROM t WHER id = 1";
        model.run(ScriptSplitter.split(script));
        // "WHER" reads as an alias of t, so the server stumbles on "id".
        assertEquals(script.indexOf("id = 1"), model.errorOffsetProperty().get());
    }

    @Test
    void positionsCountCharactersAsTheServerDoesEvenAfterAnEmoji() {
        String script = "SELECT '\uD83D\uDE00' AS smile, nope FROM t";
        model.run(ScriptSplitter.split(script));
        assertEquals(script.indexOf("nope"), model.errorOffsetProperty().get());
    }

    @Test
    void sqliteNamesOnlyTheTokenSoItIsMarkedWhenItStandsOnceAndNotGuessedOtherwise() throws Exception {
        Path file = dir.resolve("typo.db");
        SqliteFiles.execute(file, "CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT)");
        EditorTabViewModel sqlite = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)),
                new ImmediateRunner(), new ImmediateRunner(), new ScriptedQuestions());
        sqlite.connect();
        try {
            String script = "SELECT 1;\n-- SELEC in a comment\nSELEC name FROM artists";
            sqlite.run(ScriptSplitter.split(script));
            assertEquals(script.indexOf("SELEC name"), sqlite.errorOffsetProperty().get());

            sqlite.run(ScriptSplitter.split("SELECT id FROM artists WHER id = 1"));
            assertEquals("Syntax error near \"id\".", sqlite.messages().get(sqlite.messages().size() - 1).text());
            assertEquals(-1, sqlite.errorOffsetProperty().get(), "two ids: no guessing which one");
        } finally {
            sqlite.close(null, error -> { });
        }
    }

    @Test
    void aStatementWithOffsetsFromASelectionKeepsThemAndASuccessClearsTheMark() {
        model.run(List.of(new SqlStatement("SELECT nope FROM t", 40, 58)));
        assertEquals(40 + "SELECT ".length(), model.errorOffsetProperty().get());
        model.run(ScriptSplitter.split("SELECT 1"));
        assertEquals(-1, model.errorOffsetProperty().get());
    }
}
