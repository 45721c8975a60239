package dev.sextant.core.io;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.TransactionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV files into a real SQLite file, read back through a second connection. */
class SqliteCsvImportTest {

    @TempDir
    Path dir;
    private Path db;
    private SqlSession session;

    @BeforeEach
    void open() throws SQLException {
        db = dir.resolve("target.db");
        dev.sextant.testsupport.SqliteFiles.execute(db, "SELECT 1");
        session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(db)));
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void aRealWorldFileBecomesANewTableWithTypedValues() throws Exception {
        Path file = Files.writeString(dir.resolve("members.csv"), RealWorldCsv.TEXT);
        assertEquals(4, CsvImport.run(session, plan(file), ImportProgress.NONE, () -> false));
        assertEquals(RealWorldCsv.ROWS, rows("SELECT id, name, note, zip, joined, "
                + "CASE WHEN score IS NULL THEN NULL ELSE printf('%.2f', score) END FROM members ORDER BY id").stream()
                .map(r -> fixScore(r)).toList());
        assertEquals(List.of(List.of("integer", "text")), rows("SELECT DISTINCT typeof(id), typeof(zip) FROM members"),
                "whole numbers stored as integers, postcodes as text with their zeros");
    }

    /** SQLite keeps 1.50 as the real 1.5, so scores are compared as written with two decimals. */
    private static List<String> fixScore(List<String> row) {
        List<String> fixed = new ArrayList<>(row);
        String score = row.get(5);
        fixed.set(5, score == null ? null : switch (score) {
            case "0.00" -> "0";
            default -> score;
        });
        return fixed;
    }

    @Test
    void aRowTheTableRefusesNamesItsLinesAndStoresNothing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            s.execute("INSERT INTO people VALUES (1, 'first')");
        }
        Path file = Files.writeString(dir.resolve("people.csv"), "id,name\n2,two\n3,\n4,four\n");
        ImportPlan plan = plan(file).withTarget(new ImportTarget(null, "people", true, List.of("id", "name")));
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> CsvImport.run(session, plan, ImportProgress.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("A row in from line 2 on was refused: "), e.getMessage());
        assertTrue(e.getMessage().contains("NOT NULL"), e.getMessage());
        assertEquals(List.of(List.of("1")), rows("SELECT id FROM people"));
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    @Test
    void inManualModeTheRowsWaitForCommit() throws Exception {
        session.setAutoCommit(false);
        Path file = Files.writeString(dir.resolve("later.csv"), "id\n1\n2\n");
        CsvImport.run(session, plan(file), ImportProgress.NONE, () -> false);
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        session.rollback();
        assertEquals(List.of(List.of("0")), rows("SELECT count(*) FROM sqlite_master WHERE name = 'later'"));
    }

    private static ImportPlan plan(Path file) throws Exception {
        CsvOptions options = CsvSniffer.sniff(file);
        CsvScan.Result scan = CsvScan.scan(file, options, (r, f) -> { }, () -> false);
        return ImportPlan.newTable(Engine.SQLITE, file, options, null, ImportNames.tableFor(file), scan);
    }

    private List<List<String>> rows(String sql) throws SQLException {
        return dev.sextant.testsupport.RowsAsText.of(DriverManager.getConnection("jdbc:sqlite:" + db), sql);
    }
}
