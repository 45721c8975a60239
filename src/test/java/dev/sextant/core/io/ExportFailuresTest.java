package dev.sextant.core.io;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.SourceQuery;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way an export can end without a file: one sentence each, and nothing left under the chosen name. */
class ExportFailuresTest {

    private static final String DATABASE = "export_failures_test";
    private static final String MANY = "SELECT g AS n, repeat('x', 100) AS filler FROM generate_series(1, 5000000) g";
    private static Endpoint endpoint;

    @TempDir
    Path dir;

    @BeforeAll
    static void createTable() throws Exception {
        TestPostgres server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)");
            s.execute("INSERT INTO notes (body) VALUES ('one'), ('two')");
        }
        endpoint = server.endpoint(DATABASE);
    }

    private static ExportSource query(String sql, BoundValue... values) {
        return new ExportSource.Query(endpoint, new SourceQuery(sql, List.of(values)));
    }

    @Test
    void cancelDuringCopyStopsTheServerAndLeavesNoFile() throws Exception {
        assertCancelLeavesNothing(ExportFormat.CSV);
    }

    @Test
    void cancelDuringAStreamedJsonExportLeavesNoFile() throws Exception {
        assertCancelLeavesNothing(ExportFormat.JSON);
    }

    private void assertCancelLeavesNothing(ExportFormat format) throws Exception {
        Path file = dir.resolve("big." + format.extension());
        ExportProgress progress = new ExportProgress();
        CompletableFuture<ExportSummary> export = CompletableFuture.supplyAsync(
                () -> ExportJob.run(query(MANY), ExportOptions.of(format), file, progress));
        while (progress.rows() < 10_000 && !export.isDone()) {
            Thread.sleep(5);
        }
        progress.cancel();
        Throwable error = assertThrows(Exception.class, () -> export.get(30, TimeUnit.SECONDS)).getCause();

        ExportException cancelled = assertInstanceOfExport(error);
        assertTrue(cancelled.isCancelled(), cancelled.getMessage());
        assertTrue(cancelled.getMessage().startsWith("The export was cancelled after "), cancelled.getMessage());
        assertDirectoryEmpty();
    }

    @Test
    void aQueryThatFailsOnReRunSaysWhyInOneSentenceAndKeepsTheOldFile() throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "the old file");
        ExportException e = assertThrows(ExportException.class, () -> ExportJob.run(
                query("SELECT * FROM no_such_table"), ExportOptions.of(ExportFormat.CSV), file, new ExportProgress()));

        assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("the old file", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void aReRunNeverWrites() throws Exception {
        Path file = dir.resolve("x.json");
        ExportException e = assertThrows(ExportException.class, () -> ExportJob.run(
                query("INSERT INTO notes (body) VALUES (?) RETURNING *", BoundValue.text("three")),
                ExportOptions.of(ExportFormat.JSON), file, new ExportProgress()));

        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        try (Connection c = endpoint.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM notes")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
        assertDirectoryEmpty();
    }

    @Test
    void boundValuesAreBoundAgainOnReRun() throws Exception {
        Path file = dir.resolve("x.csv");
        ExportSummary summary = ExportJob.run(query("SELECT body FROM notes WHERE id = ?", BoundValue.number("2")),
                ExportOptions.of(ExportFormat.CSV), file, new ExportProgress());
        assertEquals("body\ntwo\n", Files.readString(file));
        assertEquals(1, summary.rows());
    }

    @Test
    void aMissingFolderAFileAsFolderAndAFolderAsFileAreSentences() {
        ExportOptions csv = ExportOptions.of(ExportFormat.CSV);
        Path missing = dir.resolve("nowhere/x.csv");
        assertEquals("The folder " + dir.resolve("nowhere") + " does not exist.", assertThrows(ExportException.class,
                () -> ExportJob.run(query("SELECT 1"), csv, missing, new ExportProgress())).getMessage());
        assertEquals(dir + " is a folder; choose a file name.", assertThrows(ExportException.class,
                () -> ExportJob.run(query("SELECT 1"), csv, dir, new ExportProgress())).getMessage());
        assertDirectoryEmpty();
    }

    @Test
    void aReadOnlyFolderIsASentence() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setWritable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "root may write anywhere");
        ExportException e = assertThrows(ExportException.class, () -> ExportJob.run(query("SELECT 1"),
                ExportOptions.of(ExportFormat.CSV), locked.resolve("x.csv"), new ExportProgress()));
        assertEquals("Sextant may not write in the folder " + locked + ".", e.getMessage());
    }

    @Test
    void xlsxGoesOnInANextSheetAtTheRowLimitAndSaysSo() throws Exception {
        Path file = dir.resolve("x.xlsx");
        var columns = List.of(new dev.sextant.core.result.ResultColumn("n", "int4", true));
        String note;
        try (var out = Files.newOutputStream(file)) {
            XlsxWriter writer = new XlsxWriter(ExportOptions.of(ExportFormat.XLSX), columns, out, 5);
            for (int i = 1; i <= 12; i++) {
                writer.row(new Object[] {i});
            }
            writer.finish();
            note = writer.note();
        }
        assertEquals("3 sheets: an Excel sheet holds at most 1,048,576 rows", note);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals(9.0, book.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue());
            assertEquals("n", book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue());
        }
    }

    private static ExportException assertInstanceOfExport(Throwable error) {
        assertTrue(error instanceof ExportException, String.valueOf(error));
        return (ExportException) error;
    }

    private void assertDirectoryEmpty() {
        assertEquals(List.of(), list(), "no file and no temporary .part file is left");
    }

    private List<Path> list() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
