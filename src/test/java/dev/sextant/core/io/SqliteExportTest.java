package dev.sextant.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.SqliteFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports of a real SQLite file, read back by commons-csv, Jackson and the sqlite3 shell. */
class SqliteExportTest {

    private static final String QUERY = "SELECT * FROM things ORDER BY id";
    private static final String QUOTED = "SELECT id, quote(whole), quote(real), quote(label), quote(maybe), quote(raw),"
            + " quote(price) FROM things ORDER BY id";

    @TempDir
    Path dir;
    private Path db;
    private Endpoint endpoint;

    @BeforeEach
    void createFile() throws Exception {
        db = dir.resolve("things.db");
        SqliteFiles.execute(db, "CREATE TABLE things (id INTEGER PRIMARY KEY, whole INTEGER, real REAL, label TEXT,"
                        + " maybe TEXT, raw BLOB, price NUMERIC)",
                "INSERT INTO things VALUES (1, 9223372036854775807, 1.5, 'comma, \"quote\"' || char(10) || 'line'"
                        + " || char(9) || 'tab 🦆', '', x'00ff', 12.25)",
                "INSERT INTO things VALUES (2, -1, 1e-300, 'it''s', NULL, x'', 7)",
                "INSERT INTO things VALUES (3, NULL, NULL, NULL, NULL, NULL, NULL)");
        endpoint = Endpoint.of(ConnectionSpec.sqlite(db));
    }

    @Test
    void csvOfAllRowsReadsBackWithNullApartFromEmptyText() throws Exception {
        Path file = dir.resolve("x.csv");
        ExportSummary summary = ExportJob.run(Sources.query(endpoint, QUERY), ExportOptions.of(ExportFormat.CSV),
                file, new ExportProgress());
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file)).getRecords();

        assertEquals(3, summary.rows());
        assertEquals("comma, \"quote\"\nline\ttab 🦆", records.get(0).get("label"));
        assertEquals("9223372036854775807", records.get(0).get("whole"));
        assertEquals("\\x00ff", records.get(0).get("raw"));
        assertTrue(Files.readString(file).contains(",\"\",\\x00ff,"), "empty text is quoted, NULL is not");
        assertTrue(Files.readString(file).endsWith("\n3,,,,,,\n"));
    }

    @Test
    void sqlInsertsRunBySqlite3IntoANewFileRecreateEveryValueWithItsType() throws Exception {
        Path file = dir.resolve("x.sql");
        ExportJob.run(Sources.fetched(endpoint, QUERY, 100), ExportOptions.of(ExportFormat.SQL_INSERT)
                .withTable("things", 500), file, new ExportProgress());
        Path copy = dir.resolve("copy.db");
        SqliteFiles.execute(copy, "CREATE TABLE things (id INTEGER PRIMARY KEY, whole INTEGER, real REAL, label TEXT,"
                + " maybe TEXT, raw BLOB, price NUMERIC)");
        Process sqlite3 = new ProcessBuilder("sqlite3", "-bail", copy.toString()).redirectInput(file.toFile())
                .redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "sqlite3.log")).start();
        assertTrue(sqlite3.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, sqlite3.exitValue(), Files.readString(dir.resolve("sqlite3.log")));

        assertEquals(quoted(db), quoted(copy));
    }

    @Test
    void jsonKeepsTypesAndNull() throws Exception {
        Path file = dir.resolve("x.json");
        ExportJob.run(Sources.query(endpoint, QUERY), ExportOptions.of(ExportFormat.JSON), file, new ExportProgress());
        JsonNode rows = new ObjectMapper().readTree(file.toFile());

        assertEquals(9223372036854775807L, rows.get(0).get("whole").longValue());
        assertEquals("", rows.get(0).get("maybe").textValue());
        assertTrue(rows.get(1).get("maybe").isNull());
        // The double the file holds (SQLite's parsing of 1e-300 is not always the nearest double), bit for bit.
        assertEquals(storedReal(2), rows.get(1).get("real").doubleValue());
        assertTrue(Files.readString(file).contains("tab 🦆"), "an emoji is written as UTF-8, not as escapes");
        assertEquals("it's", rows.get(1).get("label").textValue());
    }

    @Test
    void aReRunOnSqliteCannotWriteEither() throws Exception {
        ExportException e = assertThrows(ExportException.class, () -> ExportJob.run(new ExportSource.Query(endpoint,
                        new dev.sextant.core.session.SourceQuery("DELETE FROM things RETURNING id", List.of())),
                ExportOptions.of(ExportFormat.CSV), dir.resolve("x.csv"), new ExportProgress()));
        assertTrue(e.getMessage().toLowerCase().contains("readonly") || e.getMessage().contains("read-only"),
                e.getMessage());
        assertEquals(3, SqliteFiles.count(db, "SELECT count(*) FROM things"));
    }

    private double storedReal(int id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT real FROM things WHERE id = " + id)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static List<String> quoted(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(QUOTED)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 7; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
