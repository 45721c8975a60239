package dev.sextant.core.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.TestPostgres;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON, NDJSON, SQL INSERT, XLSX and Markdown of every common PostgreSQL type, read back by independent readers. */
class PostgresFormatsExportTest {

    private static final String DATABASE = "formats_export_test";
    private static final Set<String> NUMBERS = Set.of("id", "small", "big", "amount", "huge", "ratio", "real4");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static TestPostgres server;
    private static Endpoint endpoint;
    private static List<Map<String, String>> expected;

    @TempDir
    Path dir;

    @BeforeAll
    static void createTable() throws Exception {
        server = TestPostgres.get();
        EveryType.create(server, DATABASE);
        endpoint = server.endpoint(DATABASE);
        try (Connection c = endpoint.connect()) {
            expected = EveryType.serverRows(c, EveryType.QUERY);
        }
    }

    @Test
    void jsonKeepsEveryValueNumbersDigitForDigit() throws Exception {
        Path file = dir.resolve("x.json");
        ExportJob.run(Sources.query(endpoint, EveryType.QUERY), ExportOptions.of(ExportFormat.JSON), file,
                new ExportProgress());
        JsonNode array = JSON.readTree(file.toFile());
        assertEquals(expected.size(), array.size());
        for (int r = 0; r < expected.size(); r++) {
            assertRowMatches(array.get(r), expected.get(r));
        }
        assertTrue(Files.readString(file).contains("123456789012345678901234567890.123456789012"),
                "a numeric wider than a double is written with all its digits");
    }

    @Test
    void ndjsonOfFetchedRowsIsOneObjectALine() throws Exception {
        Path file = dir.resolve("x.ndjson");
        ExportJob.run(Sources.fetched(endpoint, EveryType.QUERY, 100),
                ExportOptions.of(ExportFormat.JSON).withJsonLines(true), file, new ExportProgress());
        List<String> lines = Files.readAllLines(file);
        assertEquals(expected.size(), lines.size());
        for (int r = 0; r < lines.size(); r++) {
            assertRowMatches(JSON.readTree(lines.get(r)), expected.get(r));
        }
    }

    private static void assertRowMatches(JsonNode object, Map<String, String> row) throws Exception {
        assertEquals(row.size(), object.size());
        for (Map.Entry<String, String> column : row.entrySet()) {
            JsonNode node = object.get(column.getKey());
            String server = column.getValue();
            String where = column.getKey() + " of row " + row.get("id");
            if (server == null) {
                assertTrue(node.isNull(), where);
            } else if (column.getKey().equals("flag")) {
                assertEquals(server.equals("t"), node.booleanValue(), where);
            } else if (column.getKey().startsWith("doc")) {
                assertEquals(JSON.readTree(server), node, where);
            } else if (NUMBERS.contains(column.getKey()) && node.isNumber()) {
                assertEquals(0, new BigDecimal(server).compareTo(node.decimalValue()), where);
            } else {
                assertTrue(node.isTextual(), where + " is " + node);
                assertEquals(server, node.textValue(), where);
            }
        }
    }

    @Test
    void sqlInsertsRunByPsqlIntoAFreshDatabaseRecreateTheRows() throws Exception {
        Path file = dir.resolve("x.sql");
        ExportJob.run(Sources.query(endpoint, EveryType.QUERY),
                ExportOptions.of(ExportFormat.SQL_INSERT).withTable("every_type", 2), file, new ExportProgress());
        String target = "formats_export_copy";
        server.recreateDatabase(target);
        try (Connection c = server.connect(target); Statement s = c.createStatement()) {
            s.execute(EveryType.DDL);
        }
        EveryType.psql(server, target, "-f", file.toString());

        assertEquals(2, Files.readString(file).split("INSERT INTO \"every_type\"", -1).length - 1,
                "three rows, two to a statement");
        try (Connection c = server.connect(target)) {
            assertEquals(expected, EveryType.serverRows(c, EveryType.QUERY));
        }
    }

    @Test
    void xlsxHasTypedCellsWhereExcelKeepsTheValueAndTextElsewhere() throws Exception {
        Path file = dir.resolve("x.xlsx");
        ExportJob.run(Sources.query(endpoint, EveryType.QUERY), ExportOptions.of(ExportFormat.XLSX), file,
                new ExportProgress());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals(expected.size() + 1, sheet.getPhysicalNumberOfRows());
            for (int r = 0; r < expected.size(); r++) {
                Row row = sheet.getRow(r + 1);
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    String column = header.getCell(c).getStringCellValue();
                    assertCellMatches(row.getCell(c), expected.get(r).get(column), column + " of row " + (r + 1));
                }
            }
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(4).getCellType(), "a 42-digit numeric stays text");
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(12).getCellType(), "microseconds stay text");
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(12).getCellType(), "whole seconds are a date-time");
            assertEquals(LocalDate.of(2024, 2, 29), sheet.getRow(1).getCell(10).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    private static void assertCellMatches(Cell cell, String server, String where) {
        if (server == null) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
            return;
        }
        switch (cell.getCellType()) {
            case NUMERIC -> {
                if (where.startsWith("day")) {
                    assertEquals(server, cell.getLocalDateTimeCellValue().toLocalDate().toString(), where);
                } else if (where.startsWith("stamp ")) {
                    assertEquals(java.time.LocalDateTime.parse(server.replace(' ', 'T')),
                            cell.getLocalDateTimeCellValue(), where);
                } else {
                    assertEquals(0, new BigDecimal(server).compareTo(BigDecimal.valueOf(cell.getNumericCellValue())),
                            where);
                }
            }
            case BOOLEAN -> assertEquals(server.equals("t"), cell.getBooleanCellValue(), where);
            case STRING -> assertEquals(server, cell.getStringCellValue(), where);
            default -> throw new AssertionError(where + " has a " + cell.getCellType() + " cell");
        }
    }

    @Test
    void markdownIsATableWithPipesEscapedAndNumbersRightAligned() throws Exception {
        Path file = dir.resolve("x.md");
        ExportJob.run(Sources.query(endpoint, EveryType.QUERY), ExportOptions.of(ExportFormat.MARKDOWN), file,
                new ExportProgress());
        List<String> lines = Files.readAllLines(file);
        assertEquals(2 + expected.size(), lines.size(), "line breaks in values stay inside their row");
        assertTrue(lines.get(0).startsWith("| id | small | big |"));
        assertTrue(lines.get(1).startsWith("| ---: | ---: |"));
        assertTrue(lines.get(4).contains("| it's \\| a pipe | NULL |"), lines.get(4));
        assertTrue(lines.get(2).contains("comma, \"quote\"<br>new line\ttab \uD83E\uDD86 back\\\\slash"), lines.get(2));
    }

    @Test
    void anEmptyResultIsAValidEmptyFileInEveryFormat() throws Exception {
        String none = "SELECT * FROM every_type WHERE false";
        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("empty." + format.extension());
            ExportSummary summary = ExportJob.run(Sources.query(endpoint, none), ExportOptions.of(format), file,
                    new ExportProgress());
            assertEquals(0, summary.rows(), format.toString());
            assertTrue(Files.exists(file), format.toString());
        }
        assertEquals(0, JSON.readTree(dir.resolve("empty.json").toFile()).size());
        assertTrue(Files.readString(dir.resolve("empty.csv")).startsWith("id,small,big,"));
        assertEquals("", Files.readString(dir.resolve("empty.sql")));
        try (XSSFWorkbook book = new XSSFWorkbook(dir.resolve("empty.xlsx").toFile())) {
            assertEquals(1, book.getSheetAt(0).getPhysicalNumberOfRows(), "the header only");
        }
    }
}
