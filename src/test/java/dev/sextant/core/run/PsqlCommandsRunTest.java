package dev.sextant.core.run;

import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * psql's {@code \set} with {@code :name}, {@code :'name'} and {@code :"name"}, {@code \echo},
 * {@code \q}, {@code \timing} and {@code \i} / {@code \ir} in a script run on the suite's
 * PostgreSQL, checked by what the server then holds and what {@code messages} says, in order.
 */
class PsqlCommandsRunTest {

    private static final String DATABASE = "psql_commands";
    private static final String OTHER = "psql_commands_other";

    @TempDir
    Path dir;
    private SqlSession session;
    private final List<String> messages = new ArrayList<>();
    private final ScriptedQuestions questions = new ScriptedQuestions();
    private int finishedWith = -1;
    private List<Outcome.Rows> resultsInto = new ArrayList<>();

    @BeforeEach
    void freshDatabase() throws Exception {
        TestPostgres.get().recreateDatabase(DATABASE);
        session = SqlSession.open(TestPostgres.get().endpoint(DATABASE));
    }

    @AfterEach
    void closeSession() throws Exception {
        session.close();
    }

    @Test
    void setVariablesAreInterpolatedAsValueLiteralAndIdentifierOutsideQuotesAndCasts() throws Exception {
        run("""
                \\set table 'odd name'
                \\set n 3
                \\set who 'O''Brien'
                CREATE TABLE :"table" (id int, who text, label text);
                INSERT INTO :"table" SELECT g, :'who', ':who stays -- and :"table" too' FROM generate_series(1, :n) g;
                SELECT '5'::int + :n AS eight;
                """, null);
        assertEquals(List.of("3 O'Brien :who stays -- and :\"table\" too"),
                column("SELECT count(*) || ' ' || min(who) || ' ' || min(label) FROM \"odd name\""));
        assertTrue(messages.contains("SELECT: 1 row"), messages.toString());
        assertTrue(questions.asked.isEmpty(), "a set variable is no bind parameter: " + questions.asked);
    }

    @Test
    void echoSaysItsTextAndQuitEndsTheScript() throws Exception {
        run("""
                CREATE TABLE t (x int);
                \\echo 'about to stop,' here
                \\q
                INSERT INTO t VALUES (1);
                """, null);
        assertEquals(List.of("CREATE TABLE: done", "about to stop, here", "Line 3: \\q ends the script here."), messages);
        assertEquals(List.of("0"), column("SELECT count(*) FROM t"));
    }

    @Test
    void timingFollowsEachStatementWithItsTime() throws Exception {
        run("""
                \\timing on
                SELECT pg_sleep(0.05);
                \\timing off
                SELECT 1;
                """, null);
        assertEquals("Timing is on.", messages.get(0));
        assertEquals("SELECT: 1 row", messages.get(1));
        double millis = Double.parseDouble(messages.get(2).replaceAll("^Time: ([0-9.]+) ms$", "$1"));
        assertTrue(millis >= 50, messages.get(2));
        assertEquals(List.of("Timing is off.", "SELECT: 1 row"), messages.subList(3, messages.size()));
    }

    @Test
    void includedFilesRunInPlaceAndIrReadsRelativeToTheIncludingFile() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("parts"));
        Files.writeString(sub.resolve("second.sql"), "INSERT INTO t VALUES (2);\n\\ir third.sql\n");
        Files.writeString(sub.resolve("third.sql"), "INSERT INTO t VALUES (:three);\n");
        Path script = dir.resolve("main.sql");
        run("""
                CREATE TABLE t (x int, seq serial);
                INSERT INTO t VALUES (1);
                \\set three 3
                \\ir parts/second.sql
                INSERT INTO t VALUES (4);
                """, script);
        assertEquals(List.of("1", "2", "3", "4"), column("SELECT x FROM t ORDER BY seq"));
        assertTrue(messages.contains("Line 4: running " + sub.resolve("second.sql") + " (2 statements)."), messages.toString());
        assertEquals(5 + 2 + 1, finishedWith, "every item ran, the included ones too");
    }

    @Test
    void aFileThatCannotBeReadStopsTheRunWithOneSentence() throws Exception {
        run("\\i " + dir.resolve("missing.sql") + "\nCREATE TABLE never (x int);\n", null);
        assertEquals(List.of("Line 1: could not read " + dir.resolve("missing.sql") + "."), messages);
        assertEquals(List.of("0"), column("SELECT count(*) FROM pg_class WHERE relname = 'never'"));
    }

    @Test
    void connectRunsTheRestOfTheScriptOnTheOtherDatabase() throws Exception {
        TestPostgres.get().recreateDatabase(OTHER);
        run("""
                CREATE TABLE here (x int);
                \\set db psql_commands_other
                \\c :db
                CREATE TABLE there (x int);
                """, null);
        assertEquals(List.of("CREATE TABLE: done", "You are now connected to database \"" + OTHER
                + "\" as user \"postgres\".", "CREATE TABLE: done"), messages);
        assertEquals(OTHER, session.endpoint().spec().database());
        assertEquals(List.of("here"), column("SELECT relname FROM pg_class WHERE relname IN ('here', 'there')"));
        try (Connection c = TestPostgres.get().connect(OTHER); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(relname, ',') FROM pg_class WHERE relname IN ('here', 'there')")) {
            rs.next();
            assertEquals("there", rs.getString(1));
        }
    }

    @Test
    void connectIsRefusedWhileATransactionIsOpenAndTheTransactionStays() throws Exception {
        TestPostgres.get().recreateDatabase(OTHER);
        session.setAutoCommit(false);
        run("""
                CREATE TABLE kept (x int);
                \\connect psql_commands_other
                CREATE TABLE never (x int);
                """, null);
        assertEquals(List.of("CREATE TABLE: done", "Line 2: \\connect was not run: this tab has a transaction open; "
                + "commit or roll back first."), messages);
        assertEquals(DATABASE, session.endpoint().spec().database());
        assertTrue(session.status().hasOpenTransaction());
        session.commit();
        assertEquals(List.of("kept"), column("SELECT relname FROM pg_class WHERE relname IN ('kept', 'never')"));
    }

    @Test
    void copyFromAFileInManualModeWaitsForCommit() throws Exception {
        try (Connection c = TestPostgres.get().connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"my pets\" (id int, name text)");
        }
        Path csv = Files.writeString(dir.resolve("pets.csv"), "1,\"Rex, the dog\"\n2,Tom\n");
        session.setAutoCommit(false);
        run("\\copy \"my pets\" (id, name) from 'pets.csv' with (format csv)\n", dir.resolve("script.sql"));
        assertEquals(List.of("COPY: 2 rows"), messages);
        assertEquals(List.of("0"), column("SELECT count(*) FROM \"my pets\""), "another connection sees nothing before Commit");
        assertTrue(session.status().hasOpenTransaction());
        session.commit();
        assertEquals(List.of("Rex, the dog|Tom"), column("SELECT string_agg(name, '|' ORDER BY id) FROM \"my pets\""));
    }

    @Test
    void copyToAFileWritesWhatTheServerSends() throws Exception {
        Path out = dir.resolve("out.csv");
        run("\\copy (SELECT g, 'x;' || g FROM generate_series(1, 3) g) to '" + out + "' with (format csv)\n", null);
        assertEquals(List.of("COPY: 3 rows"), messages);
        assertEquals("1,x;1\n2,x;2\n3,x;3\n", Files.readString(out));
    }

    @Test
    void describeCommandsGiveResultsFromTheCatalog() throws Exception {
        List<Outcome.Rows> rows = new ArrayList<>();
        resultsInto = rows;
        run("""
                CREATE SCHEMA shop;
                CREATE TABLE "Odd table" (id int PRIMARY KEY, name text DEFAULT 'x');
                CREATE VIEW v AS SELECT 1 AS one;
                \\dt
                \\dv
                \\dn
                \\d "Odd table"
                \\l
                """, null);
        assertEquals(5, rows.size(), messages.toString());
        assertEquals(List.of(List.of("public", "Odd table", "table", "postgres")), values(rows.get(0)));
        assertEquals(List.of(List.of("public", "v", "view", "postgres")), values(rows.get(1)));
        assertTrue(values(rows.get(2)).contains(List.of("shop", "postgres")), values(rows.get(2)).toString());
        assertEquals(List.of(List.of("id", "integer", "not null", ""), List.of("name", "text", "", "'x'::text")), values(rows.get(3)));
        assertTrue(values(rows.get(4)).stream().anyMatch(r -> r.get(0).equals(DATABASE)), values(rows.get(4)).toString());
    }

    private static List<List<String>> values(Outcome.Rows rows) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows.result().rows().size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < rows.result().columns().size(); c++) {
                row.add(String.valueOf(rows.result().rows().get(r)[c]));
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void otherPsqlCommandsAreStillReportedNotSent() throws Exception {
        run("\\gset\nSELECT 1;\n", null);
        assertEquals(List.of("Line 1: \\gset is a psql command, not SQL; it was not sent.", "SELECT: 1 row"), messages);
    }

    private void run(String script, Path file) throws Exception {
        List<SqlStatement> statements = ScriptSplitter.split(script);
        new ScriptRun(statements, () -> session, new ImmediateRunner(), questions, new ScriptRun.Listener() {
            @Override
            public void outcomes(List<Outcome> outcomes, SessionStatus status) {
                for (Outcome o : outcomes) {
                    if (o instanceof Outcome.Rows r) {
                        resultsInto.add(r);
                    }
                    messages.add(o instanceof Outcome.Rows r ? r.command() + ": " + r.result().rows().size() + " row"
                            + (r.result().rows().size() == 1 ? "" : "s")
                            : o instanceof Outcome.UpdateCount u ? u.describe()
                            : o instanceof Outcome.Done d ? d.command() + ": done" : o.toString());
                }
            }

            @Override
            public void note(Message message) {
                messages.add(message.text());
            }

            @Override
            public void failed(SqlStatement statement, Throwable error) {
                messages.add("failed: " + error.getMessage());
                finishedWith = 0;
            }

            @Override
            public void failedThenContinued(Throwable error) {
                messages.add("failed: " + error.getMessage());
            }

            @Override
            public void finished(int statementsRun) {
                finishedWith = statementsRun;
            }

            @Override
            public void switchedSession(SqlSession newSession) {
                try {
                    session.close();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                session = newSession;
            }
        }, false).fromFile(file).start(session.status());
    }

    private List<String> column(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = TestPostgres.get().connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
