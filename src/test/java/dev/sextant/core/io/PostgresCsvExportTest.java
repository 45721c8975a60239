package dev.sextant.core.io;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.TestPostgres;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV and TSV of a PostgreSQL result: byte for byte psql's \copy, and read back by commons-csv. */
class PostgresCsvExportTest {

    private static final String DATABASE = "csv_export_test";
    private static TestPostgres server;
    private static Endpoint endpoint;

    @TempDir
    Path dir;

    @BeforeAll
    static void createTable() throws Exception {
        server = TestPostgres.get();
        EveryType.create(server, DATABASE);
        endpoint = server.endpoint(DATABASE);
    }

    @Test
    void allRowsThroughCopyAreByteForBytePsqlsCopy() throws Exception {
        Path ours = dir.resolve("ours.csv");
        Path theirs = dir.resolve("psql.csv");
        ExportSummary summary = ExportJob.run(Sources.query(endpoint, EveryType.QUERY),
                ExportOptions.of(ExportFormat.CSV), ours, new ExportProgress());
        EveryType.psql(server, DATABASE, "-c", "\\copy (" + EveryType.QUERY + ") TO '" + theirs + "' CSV HEADER");

        assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours));
        assertEquals(3, summary.rows());
    }

    @Test
    void fetchedRowsWrittenByUsAreByteForBytePsqlsCopyToo() throws Exception {
        Path ours = dir.resolve("fetched.csv");
        Path theirs = dir.resolve("psql.csv");
        ExportJob.run(Sources.fetched(endpoint, EveryType.QUERY, Long.MAX_VALUE), ExportOptions.of(ExportFormat.CSV),
                ours, new ExportProgress());
        EveryType.psql(server, DATABASE, "-c", "\\copy (" + EveryType.QUERY + ") TO '" + theirs + "' CSV HEADER");

        assertEquals(Files.readString(theirs), Files.readString(ours));
    }

    @Test
    void csvReadsBackAsTheServersValuesWithNullApartFromEmptyText() throws Exception {
        Path file = dir.resolve("x.csv");
        ExportJob.run(Sources.query(endpoint, EveryType.QUERY), ExportOptions.of(ExportFormat.CSV), file,
                new ExportProgress());
        assertMatchesServer(file, CSVFormat.DEFAULT);
    }

    @Test
    void tsvOfFetchedRowsReadsBackWithATabDelimiter() throws Exception {
        Path file = dir.resolve("x.tsv");
        ExportJob.run(Sources.fetched(endpoint, EveryType.QUERY, Long.MAX_VALUE), ExportOptions.of(ExportFormat.TSV),
                file, new ExportProgress());
        assertMatchesServer(file, CSVFormat.DEFAULT.builder().setDelimiter('\t').get());
    }

    @Test
    void tsvOfAllRowsThroughCopyReadsBackToo() throws Exception {
        Path file = dir.resolve("all.tsv");
        ExportJob.run(Sources.query(endpoint, EveryType.QUERY), ExportOptions.of(ExportFormat.TSV), file,
                new ExportProgress());
        assertMatchesServer(file, CSVFormat.DEFAULT.builder().setDelimiter('\t').get());
    }

    @Test
    void aSpelledNullAndABomAreWrittenAsAsked() throws Exception {
        Path copied = dir.resolve("copied.csv");
        Path fetched = dir.resolve("fetched.csv");
        ExportOptions options = ExportOptions.of(ExportFormat.CSV).withNullText("NULL").withBom(true);
        ExportJob.run(Sources.query(endpoint, EveryType.QUERY), options, copied, new ExportProgress());
        ExportJob.run(Sources.fetched(endpoint, EveryType.QUERY, 10), options, fetched, new ExportProgress());

        byte[] bytes = Files.readAllBytes(copied);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        assertArrayEquals(bytes, Files.readAllBytes(fetched), "COPY and our writer agree on the same options");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // Row 2's label is the text NULL: quoted, so it does not read as NULL; its maybe column is NULL.
        assertEquals(true, text.contains("\"NULL\",NULL,"));
    }

    /** Reads the file with commons-csv and compares each field with what the server sends for it. */
    private static void assertMatchesServer(Path file, CSVFormat format) throws Exception {
        List<Map<String, String>> expected;
        try (Connection c = endpoint.connect()) {
            expected = EveryType.serverRows(c, EveryType.QUERY);
        }
        try (Reader in = Files.newBufferedReader(file);
             CSVParser parser = format.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(expected.size(), records.size());
            for (int r = 0; r < records.size(); r++) {
                for (String column : parser.getHeaderNames()) {
                    String value = records.get(r).get(column);
                    String server = expected.get(r).get(column);
                    if (server == null) {
                        assertEquals("", value, column);
                    } else {
                        assertEquals(server, value, "row " + (r + 1) + ", " + column);
                    }
                }
            }
        }
        // commons-csv reads "" and an empty field alike: the file's own spelling keeps them apart.
        String text = Files.readString(file);
        assertEquals(true, text.contains(file.toString().endsWith("tsv") ? "\t\"\"\t" : ",\"\","),
                "empty text is a quoted empty field");
    }
}
