package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.sql.ScriptSplitter;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bind parameters, psql meta-commands and "continue after an error" through the tab's view
 * model with the synchronous runner, against the suite's real PostgreSQL.
 */
class ScriptParametersTest {

    private static final String DATABASE = "script_params_test";
    private static TestPostgres server;
    private final ScriptedQuestions questions = new ScriptedQuestions();
    private EditorTabViewModel model;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
    }

    @BeforeEach
    void connect() throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS pets");
            s.execute("CREATE TABLE pets (id int PRIMARY KEY, name text, weight numeric(5,2), born date)");
        }
        Endpoint endpoint = server.endpoint(DATABASE);
        model = new EditorTabViewModel(endpoint, new ImmediateRunner(), new ImmediateRunner(), questions);
        model.connect();
        model.messages().clear();
    }

    @AfterEach
    void close() {
        model.close(null, error -> { });
    }

    private List<String> messageTexts() {
        return model.messages().stream().map(Message::text).toList();
    }

    private List<Object> firstRow(int sheet) {
        return Arrays.asList(model.results().get(sheet).rows().get(0));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aNameUsedTwiceIsAskedOnceAndGetsTheSameValueBothTimes() {
        questions.values.add(Optional.of(List.of(BoundValue.text("Rex"), BoundValue.text("dog"))));
        model.run(ScriptSplitter.split("SELECT :name || ' the ' || :kind, upper(:name)"));
        assertEquals(List.of("values for :name, :kind?"), questions.asked);
        assertEquals(List.of("Rex the dog", "REX"), firstRow(0));
    }

    @Test
    void dollarParametersGoToTheRightPlacesInAnInsert() throws SQLException {
        questions.values.add(Optional.of(List.of(BoundValue.text("Tom"), BoundValue.number("3"))));
        model.run(ScriptSplitter.split("INSERT INTO pets (id, name) VALUES ($2, $1), ($2 + 10, $1 || ' junior')"));
        assertEquals(List.of("values for $1, $2?"), questions.asked);
        assertEquals(List.of("INSERT: 2 rows"), messageTexts());
        assertEquals(2, count("SELECT count(*) FROM pets WHERE (id, name) IN ((3, 'Tom'), (13, 'Tom junior'))"));
    }

    @Test
    void nullAndANumberAreBoundAsSuch() throws SQLException {
        questions.values.add(Optional.of(List.of(BoundValue.text("Bella"), BoundValue.nullValue(), BoundValue.number("7"))));
        model.run(ScriptSplitter.split("INSERT INTO pets (name, weight, id) VALUES (:name, :weight, :id)"));
        assertEquals(List.of("values for :name, :weight, :id?"), questions.asked);
        assertEquals(List.of("INSERT: 1 row"), messageTexts());
        assertEquals(1, count("SELECT count(*) FROM pets WHERE id = 7 AND name = 'Bella' AND weight IS NULL"));
    }

    @Test
    void aNumberIsANumberForTheServer() {
        questions.values.add(Optional.of(List.of(BoundValue.number("0.25"), BoundValue.number("2"))));
        model.run(ScriptSplitter.split("SELECT g * :factor FROM generate_series(1, 10) g LIMIT :limit"));
        assertEquals(List.of("values for :factor, :limit?"), questions.asked);
        assertEquals(1, model.results().size());
        assertEquals(2, model.results().get(0).rows().size(), "LIMIT took the whole number");
        assertEquals("numeric", model.results().get(0).columns().get(0).typeName());
        assertEquals("0.25", firstRow(0).get(0), "shown as the server writes it");
    }

    @Test
    void cancellingTheValuesStopsTheScriptWithOneSentence() throws SQLException {
        model.run(ScriptSplitter.split("INSERT INTO pets (id) VALUES (1); SELECT * FROM pets WHERE id = :id; "
                + "INSERT INTO pets (id) VALUES (2)"));
        assertEquals(List.of("values for :id?"), questions.asked);
        assertEquals(List.of("INSERT: 1 row", "SELECT was not run: its parameters were not given."), messageTexts());
        assertEquals(1, count("SELECT count(*) FROM pets"), "the statement after the cancelled one never ran");
        assertFalse(model.busyProperty().get());
    }

    @Test
    void psqlMetaCommandsAreReportedWithTheirLineAndSkipped() throws SQLException {
        model.run(ScriptSplitter.split("INSERT INTO pets (id) VALUES (1);\n\\pset format wrapped\n"
                + "INSERT INTO pets (id) VALUES (2);\n\n  \\gset pets\nSELECT count(*) FROM pets;"));
        assertEquals(List.of("INSERT: 1 row",
                "Line 2: \\pset is a psql command, not SQL; it was not sent.",
                "INSERT: 1 row",
                "Line 5: \\gset is a psql command, not SQL; it was not sent.",
                "SELECT: 1 row"), messageTexts());
        assertEquals(2, count("SELECT count(*) FROM pets"));
        assertTrue(questions.asked.isEmpty());
    }

    @Test
    void withContinueEachErrorIsReportedInOrderAndTheRestRuns() throws SQLException {
        model.setContinueAfterError(true);
        model.run(ScriptSplitter.split("INSERT INTO pets (id) VALUES (1); INSERT INTO nowhere VALUES (1); "
                + "INSERT INTO pets (id) VALUES (1); INSERT INTO pets (id) VALUES (2)"));
        List<Message> messages = List.copyOf(model.messages());
        assertEquals(4, messages.size(), messageTexts().toString());
        assertEquals(List.of(Message.Kind.INFO, Message.Kind.ERROR, Message.Kind.ERROR, Message.Kind.INFO),
                messages.stream().map(Message::kind).toList());
        assertTrue(messages.get(1).text().contains("nowhere"), messages.get(1).text());
        assertTrue(messages.get(2).text().toLowerCase().contains("duplicate") || messages.get(2).text().contains("already"),
                messages.get(2).text());
        assertEquals(2, count("SELECT count(*) FROM pets"));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void withoutContinueTheScriptStillStopsAtTheFirstError() throws SQLException {
        model.run(ScriptSplitter.split("INSERT INTO nowhere VALUES (1); INSERT INTO pets (id) VALUES (2)"));
        assertEquals(1, model.messages().size(), messageTexts().toString());
        assertEquals(0, count("SELECT count(*) FROM pets"));
    }

    @Test
    void sqliteTakesTheSameParameters(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("pets.db");
        SqliteFiles.execute(file, "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT, weight REAL)");
        EditorTabViewModel sqlite = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)), new ImmediateRunner(),
                new ImmediateRunner(), questions);
        sqlite.connect();
        questions.values.add(Optional.of(List.of(BoundValue.text("Tom"), BoundValue.number("4"), BoundValue.nullValue())));
        questions.values.add(Optional.of(List.of(BoundValue.text("cat"))));
        sqlite.run(ScriptSplitter.split("INSERT INTO pets VALUES ($2, $1, $3);\n\\dt\nSELECT name || '/' || :kind FROM pets"));
        assertEquals(List.of("INSERT: 1 row", "Line 2: \\dt is a psql command, not SQL; it was not sent.", "SELECT: 1 row"),
                sqlite.messages().stream().map(Message::text).toList());
        assertEquals("Tom/cat", sqlite.results().get(0).rows().get(0)[0]);
        sqlite.close(null, error -> { });
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM pets WHERE id = 4 AND name = 'Tom' AND weight IS NULL"));
    }
}
