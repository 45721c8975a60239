package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that go wrong: each gets one sentence, and the database is left as it was. */
class CsvBadInputTest {

    private static final String DATABASE = "csv_bad_input_test";
    private static TestPostgres server;
    @TempDir
    Path dir;
    private SqlSession session;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE csv_reader LOGIN PASSWORD 'csv-reader-pw'");
            s.execute("CREATE TABLE guarded (id int)");
            s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO csv_reader");
        }
    }

    @BeforeEach
    void open() throws SQLException {
        session = SqlSession.open(server.endpoint(DATABASE));
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.csv"), "");
        assertEquals("The file is empty: there is nothing to import.", scanError(file));
    }

    @Test
    void aHeaderWithoutRowsMakesAnEmptyTable() throws Exception {
        Path file = Files.writeString(dir.resolve("only_header.csv"), "id,name\n");
        CsvOptions options = CsvSniffer.sniff(file).withHeader(true);
        CsvScan.Result scan = CsvScan.scan(file, options, (r, f) -> { }, () -> false);
        assertEquals(0, scan.rows());
        ImportPlan plan = ImportPlan.newTable(Engine.POSTGRESQL, file, options, null, "only_header", scan);
        assertEquals(0, CsvImport.run(session, plan, ImportProgress.NONE, () -> false));
        assertEquals(1, count("SELECT count(*) FROM pg_tables WHERE tablename = 'only_header'"));
    }

    @Test
    void aRaggedLineIsNamedBeforeAnythingIsSent() throws Exception {
        Path file = Files.writeString(dir.resolve("ragged.csv"), "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        assertEquals("Line 3 has 2 fields where the header has 3; nothing was imported.", scanError(file));
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("open_quote.csv"), "a,b\n1,\"never closed\n2,3\n");
        assertEquals("A quoted value that starts on line 2 is never closed: the file ends inside it; "
                + "nothing was imported.", scanError(file));
    }

    @Test
    void aBinaryFileIsRefusedWithOneSentence() throws Exception {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("picture.csv"), noise);
        String error = scanError(file);
        assertTrue(error.endsWith("nothing was imported.") || error.endsWith("nothing to import."), error);
    }

    @Test
    void duplicateAndEmptyHeaderNamesAreMadeUniqueAndAwkwardNamesAreKeptQuoted() throws Exception {
        Path file = Files.writeString(dir.resolve("awkward.csv"), "Order Date,select,ünïcode,,id,ID\n"
                + "2024-01-01,x,y,z,1,2\n");
        CsvOptions options = CsvSniffer.sniff(file);
        CsvScan.Result scan = CsvScan.scan(file, options, (r, f) -> { }, () -> false);
        ImportPlan plan = ImportPlan.newTable(Engine.POSTGRESQL, file, options, null, "awkward", scan);
        assertEquals(List.of("Order Date", "select", "ünïcode", "column4", "id", "ID_2"),
                plan.columns().stream().map(ImportColumn::name).toList());
        CsvImport.run(session, plan, ImportProgress.NONE, () -> false);
        assertEquals(1, count("SELECT count(*) FROM awkward WHERE \"Order Date\" = '2024-01-01' AND \"select\" = 'x' "
                + "AND \"ünïcode\" = 'y' AND \"ID_2\" = 2"));
    }

    @Test
    void aTableWithoutPermissionGetsTheServersSentenceAndStaysEmpty() throws Exception {
        Path file = Files.writeString(dir.resolve("guarded.csv"), "id\n1\n");
        CsvOptions options = CsvSniffer.sniff(file);
        CsvScan.Result scan = CsvScan.scan(file, options, (r, f) -> { }, () -> false);
        ImportPlan plan = ImportPlan.newTable(Engine.POSTGRESQL, file, options, null, "guarded", scan)
                .withTarget(new ImportTarget(null, "guarded", true, List.of("id")));
        var reader = new dev.sextant.core.connect.Endpoint(dev.sextant.core.connect.ConnectionSpec.postgres(
                server.host(), server.port(), DATABASE, "csv_reader"), "csv-reader-pw");
        try (SqlSession limited = SqlSession.open(reader)) {
            CsvImportException e = assertThrows(CsvImportException.class,
                    () -> CsvImport.run(limited, plan, ImportProgress.NONE, () -> false));
            assertEquals("Permission denied for table guarded. Nothing was imported.", e.getMessage());
        }
        assertEquals(0, count("SELECT count(*) FROM guarded"));
    }

    @Test
    void aFileThatVanishesBeforeTheImportSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("gone.csv"), "id\n1\n2\n");
        CsvOptions options = CsvSniffer.sniff(file);
        CsvScan.Result scan = CsvScan.scan(file, options, (r, f) -> { }, () -> false);
        ImportPlan plan = ImportPlan.newTable(Engine.POSTGRESQL, file, options, null, "gone", scan);
        Files.delete(file);
        Exception e = assertThrows(Exception.class, () -> CsvImport.run(session, plan, ImportProgress.NONE, () -> false));
        assertTrue(e instanceof java.nio.file.NoSuchFileException, e.toString());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'gone'"), "the CREATE TABLE was undone");
    }

    private static String scanError(Path file) {
        return assertThrows(CsvImportException.class,
                () -> CsvScan.scan(file, CsvSniffer.sniff(file), (r, f) -> { }, () -> false)).getMessage();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
