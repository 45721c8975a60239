package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.TransactionState;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV files into the suite's PostgreSQL through COPY FROM STDIN, each result read back from a second connection. */
class PostgresCsvImportTest {

    private static final String DATABASE = "csv_import_test";
    private static TestPostgres server;
    @TempDir
    Path dir;
    private SqlSession session;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
    }

    @BeforeEach
    void open() throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        session = SqlSession.open(server.endpoint(DATABASE));
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void aRealWorldFileBecomesANewTableEqualToItRowForRow() throws Exception {
        Path file = Files.writeString(dir.resolve("members.csv"), RealWorldCsv.TEXT);
        ImportPlan plan = plan(file);
        assertEquals(RealWorldCsv.TYPES, plan.columns().stream().map(ImportColumn::type).toList());
        assertEquals(4, CsvImport.run(session, plan, ImportProgress.NONE, () -> false));
        assertEquals(RealWorldCsv.ROWS, rows("SELECT id::text, name, note, zip, joined::text, score::text FROM members ORDER BY id"));
        assertEquals(List.of("integer", "text", "text", "text", "date", "numeric"), columnTypes("members"));
        assertEquals(TransactionState.IDLE, session.status().transaction(), "autocommit: committed as one step");
    }

    @Test
    void latin1TextArrivesAsTheLettersItHolds() throws Exception {
        Path file = Files.write(dir.resolve("cities.csv"), "name;city\nJosé;São Paulo\nRenée;Besançon\n"
                .getBytes(CsvSniffer.WINDOWS_1252));
        ImportPlan plan = plan(file);
        assertTrue(plan.loadSql().contains("ENCODING 'WIN1252'"), plan.loadSql());
        CsvImport.run(session, plan, ImportProgress.NONE, () -> false);
        assertEquals(List.of(List.of("José", "São Paulo"), List.of("Renée", "Besançon")),
                rows("SELECT name, city FROM cities ORDER BY name"));
    }

    @Test
    void utf16AndASkippedColumnAreRewrittenOnTheWay() throws Exception {
        byte[] body = "a|b|c\n1|skip me|x\n2|and me|y\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[body.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 2, body.length);
        Path path = Files.write(dir.resolve("wide.csv"), file);
        ImportPlan plan = plan(path);
        List<ImportColumn> columns = new ArrayList<>(plan.columns());
        columns.set(1, columns.get(1).withSkip(true));
        plan = plan.withColumns(columns);
        assertEquals(2, CsvImport.run(session, plan, ImportProgress.NONE, () -> false));
        assertEquals(List.of(List.of("1", "x"), List.of("2", "y")), rows("SELECT a::text, c FROM wide ORDER BY a"));
        assertEquals(List.of("integer", "text"), columnTypes("wide"));
    }

    @Test
    void aValueThatDoesNotFitNamesItsLineAndLeavesNoTable() throws Exception {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 1; i <= 600; i++) {
            csv.append(i == 500 ? "abc" : String.valueOf(i)).append(",\"name\n").append(i).append("\"\n");
        }
        Path file = Files.writeString(dir.resolve("people.csv"), csv);
        ImportPlan plan = plan(file);
        assertEquals(ColumnType.TEXT, plan.columns().get(0).type(), "inferred from the whole file, not its top");
        List<ImportColumn> forced = new ArrayList<>(plan.columns());
        forced.set(0, forced.get(0).withType(ColumnType.INTEGER));
        ImportPlan wrong = plan.withColumns(forced);

        CsvImportException e = assertThrows(CsvImportException.class,
                () -> CsvImport.run(session, wrong, ImportProgress.NONE, () -> false));
        // The header is line 1 and every row takes two lines: row 500 starts on line 2 * 500.
        assertTrue(e.getMessage().startsWith("Line 1,000, column id, value 'abc': Invalid input syntax for type integer"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was imported."), e.getMessage());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'people'"), "no half-made table");
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    @Test
    void inManualModeTheRowsWaitForCommit() throws Exception {
        session.setAutoCommit(false);
        Path file = Files.writeString(dir.resolve("pending.csv"), "id\n1\n2\n3\n");
        CsvImport.run(session, plan(file), ImportProgress.NONE, () -> false);
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals(3, session.status().rowsChanged(), "the indicator counts the imported rows");
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'pending'"), "invisible to others");
        session.commit();
        assertEquals(3, count("SELECT count(*) FROM pending"));
    }

    @Test
    void aFailureInManualModeLeavesTheTransactionAsItWas() throws Exception {
        session.setAutoCommit(false);
        session.execute("CREATE TABLE kept (id int)");
        session.execute("INSERT INTO kept VALUES (1)");
        Path file = Files.writeString(dir.resolve("kept.csv"), "id\n2\nnot a number\n");
        ImportPlan plan = plan(file).withTarget(new ImportTarget(null, "kept", true, List.of("id")));
        assertThrows(CsvImportException.class, () -> CsvImport.run(session, plan, ImportProgress.NONE, () -> false));
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction(), "not Failed: the savepoint undid it");
        session.commit();
        assertEquals(List.of(List.of("1")), rows("SELECT id::text FROM kept"));
    }

    @Test
    void anImportAfterATypedBeginJoinsThatTransactionAndNeverCommitsIt() throws Exception {
        session.execute("CREATE TABLE typed (id int)");
        session.execute("BEGIN");
        session.execute("INSERT INTO typed VALUES (1)");
        Path file = Files.writeString(dir.resolve("typed.csv"), "id\n2\n");
        ImportPlan plan = plan(file).withTarget(new ImportTarget(null, "typed", true, List.of("id")));
        CsvImport.run(session, plan, ImportProgress.NONE, () -> false);
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction(), "still the user's transaction");
        assertEquals(0, count("SELECT count(*) FROM typed"), "nothing committed behind the user's back");
        session.rollback();
        assertEquals(0, count("SELECT count(*) FROM typed"));
    }

    @Test
    void anExportInTheTabsTransactionSeesItsUncommittedRows() throws Exception {
        session.execute("CREATE TABLE pending (id int)");
        session.setAutoCommit(false);
        session.execute("INSERT INTO pending VALUES (7)");
        Path out = dir.resolve("pending.csv");
        ExportSource.OnConnection source = new ExportSource.OnConnection(Engine.POSTGRESQL,
                new dev.sextant.core.session.SourceQuery("SELECT id FROM pending", List.of()), new ExportSource.Lender() {
                    @Override
                    public <T> T with(dev.sextant.core.session.SessionWork<T> work) throws Exception {
                        return session.runAsOneStep(work, ignored -> 0);
                    }
                });
        ExportJob.run(source, ExportOptions.of(ExportFormat.CSV), out, new ExportProgress());
        assertEquals("id\n7\n", Files.readString(out));
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals(0, count("SELECT count(*) FROM pending"), "still uncommitted for everyone else");
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv);
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> CsvImport.run(session, plan(file), ImportProgress.NONE, () -> true));
        assertEquals("The import was cancelled; nothing was imported.", e.getMessage());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'big'"));
    }

    private static ImportPlan plan(Path file) throws Exception {
        CsvOptions options = CsvSniffer.sniff(file);
        CsvScan.Result scan = CsvScan.scan(file, options, (r, f) -> { }, () -> false);
        return ImportPlan.newTable(Engine.POSTGRESQL, file, options, null, ImportNames.tableFor(file), scan);
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        return dev.sextant.testsupport.RowsAsText.of(server.connect(DATABASE), sql);
    }

    private static List<String> columnTypes(String table) throws SQLException {
        return rows("SELECT data_type FROM information_schema.columns WHERE table_name = '" + table
                + "' ORDER BY ordinal_position").stream().map(r -> r.get(0)).toList();
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0).get(0));
    }
}
