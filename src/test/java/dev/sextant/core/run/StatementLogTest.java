package dev.sextant.core.run;

import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The view model tells its statement log about each statement it finished, with what it gave. */
class StatementLogTest {

    @TempDir
    Path dir;

    private record Logged(String connection, String sql, String outcome, boolean failed) {
    }

    @Test
    void eachStatementIsLoggedWithItsOutcomeUpToTheFirstError() throws Exception {
        Path file = dir.resolve("music.db");
        SqliteFiles.execute(file, "CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "INSERT INTO artists VALUES (1, 'Nina'), (2, 'Miles')");
        EditorTabViewModel model = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)),
                new ImmediateRunner(), new ImmediateRunner(), new ScriptedQuestions());
        List<Logged> logged = new ArrayList<>();
        model.setStatementLog((connection, sql, millis, outcome, failed) ->
                logged.add(new Logged(connection, sql, outcome, failed)));
        model.connect();

        model.run(ScriptSplitter.split("SELECT * FROM artists; INSERT INTO artists VALUES (3, 'Ella'); "
                + "SELECT nope FROM artists; SELECT 1"));
        model.close(null, error -> { });

        assertEquals(List.of(
                new Logged("music.db", "SELECT * FROM artists", "2 rows", false),
                new Logged("music.db", "INSERT INTO artists VALUES (3, 'Ella')", "INSERT: 1 row", false),
                new Logged("music.db", "SELECT nope FROM artists", "No such column: nope.", true)), logged);
    }
}
