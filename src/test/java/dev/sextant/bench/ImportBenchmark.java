package dev.sextant.bench;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.io.CsvImport;
import dev.sextant.core.io.CsvOptions;
import dev.sextant.core.io.CsvScan;
import dev.sextant.core.io.CsvSniffer;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.core.io.ImportProgress;
import dev.sextant.core.io.ImportTarget;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.TestPostgres;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * A 1,000,000-row, 6-column CSV imported by Sextant against the tools people compare with, in
 * the same run: psql's {@code \copy} into an identical empty PostgreSQL table, and the sqlite3
 * shell's {@code .import --csv} into an identical SQLite table. The pass that infers types is
 * timed on its own. Not a test: run it by hand,
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.sextant.bench.ImportBenchmark}
 * ({@code -Dbench.rows=N} for another size).
 */
public final class ImportBenchmark {

    private static final int RUNS = 3;
    private static final String DATABASE = "bench_import";
    private static final String TABLE = "CREATE TABLE t (id integer, name text, email text, amount numeric, "
            + "created timestamp, active boolean)";

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path csv = write(dir.resolve("import-bench.csv"), rows);
        CsvOptions options = CsvSniffer.sniff(csv);
        long[] scans = new long[RUNS];
        CsvScan.Result scan = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            scan = CsvScan.scan(csv, options, (r, f) -> { }, () -> false);
            scans[i] = System.nanoTime() - start;
        }
        System.out.printf("%,d rows, %,d MB; inference pass (all rows): median %.2f s, %,.0f rows/s%n", rows,
                Files.size(csv) >> 20, median(scans) / 1e9, rows / (median(scans) / 1e9));
        postgres(csv, options, scan, rows);
        sqlite(dir, csv, options, scan, rows);
        System.exit(0);
    }

    private static void postgres(Path csv, CsvOptions options, CsvScan.Result scan, int rows) throws Exception {
        TestPostgres server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        Endpoint endpoint = server.endpoint(DATABASE);
        try (Connection c = endpoint.connect(); Statement s = c.createStatement()) {
            s.execute(TABLE);
        }
        ImportPlan plan = ImportPlan.newTable(Engine.POSTGRESQL, csv, options, null, "t", scan)
                .withTarget(new ImportTarget(null, "t", true, List.of()));
        long[] ours = new long[RUNS];
        long[] psql = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            truncate(endpoint);
            long start = System.nanoTime();
            try (SqlSession session = SqlSession.open(endpoint)) {
                CsvImport.run(session, plan, ImportProgress.NONE, () -> false);
            }
            ours[i] = System.nanoTime() - start;
            truncate(endpoint);
            start = System.nanoTime();
            run(List.of("psql", "-X", "-q", "-h", server.host(), "-p", String.valueOf(server.port()), "-U", server.user(),
                    "-d", DATABASE, "-c", "\\copy t FROM '" + csv.toAbsolutePath() + "' CSV HEADER"), server.password());
            psql[i] = System.nanoTime() - start;
        }
        report("PostgreSQL", "psql \\copy", rows, ours, psql);
    }

    private static void sqlite(Path dir, Path csv, CsvOptions options, CsvScan.Result scan, int rows) throws Exception {
        long[] ours = new long[RUNS];
        long[] shell = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Path db = fresh(dir.resolve("ours.db"));
            ImportPlan plan = ImportPlan.newTable(Engine.SQLITE, csv, options, null, "t", scan)
                    .withTarget(new ImportTarget(null, "t", true, List.of()));
            long start = System.nanoTime();
            try (SqlSession session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(db)))) {
                CsvImport.run(session, plan, ImportProgress.NONE, () -> false);
            }
            ours[i] = System.nanoTime() - start;
            Path theirs = fresh(dir.resolve("shell.db"));
            start = System.nanoTime();
            run(List.of("sqlite3", theirs.toString(), ".import --csv --skip 1 " + csv.toAbsolutePath() + " t"), null);
            shell[i] = System.nanoTime() - start;
        }
        report("SQLite", "sqlite3 .import", rows, ours, shell);
    }

    private static Path fresh(Path db) throws Exception {
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(TABLE.replace("integer", "INTEGER").replace("numeric", "NUMERIC"));
        }
        return db;
    }

    private static void truncate(Endpoint endpoint) throws Exception {
        try (Connection c = endpoint.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE t");
            s.execute("CHECKPOINT");
        }
    }

    private static void run(List<String> command, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static Path write(Path file, int rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,name,email,amount,created,active\n");
            for (int i = 1; i <= rows; i++) {
                w.write(i + ",\"Name " + i + ", Jr\",user" + i + "@example.org," + (i % 10_000) + "." + (i % 100)
                        + ",2024-0" + (1 + i % 9) + "-1" + (i % 10) + " 1" + (i % 10) + ":30:00," + (i % 2 == 0) + "\n");
            }
        }
        return file;
    }

    private static void report(String engine, String baseline, int rows, long[] ours, long[] theirs) {
        double o = median(ours) / 1e9;
        double t = median(theirs) / 1e9;
        System.out.printf("%s: Sextant median %.2f s (%,.0f rows/s), %s median %.2f s (%,.0f rows/s); "
                + "ratio (our rows/s over theirs) %.2f; runs ours %s, theirs %s%n", engine, o, rows / o, baseline, t,
                rows / t, t / o, seconds(ours), seconds(theirs));
    }

    private static String seconds(long[] runs) {
        return Arrays.toString(Arrays.stream(runs).mapToObj(n -> String.format("%.2f", n / 1e9)).toArray());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
