package dev.sextant.bench;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.io.ExportFormat;
import dev.sextant.core.io.ExportJob;
import dev.sextant.core.io.ExportOptions;
import dev.sextant.core.io.ExportProgress;
import dev.sextant.core.io.ExportSource;
import dev.sextant.core.io.ExportSummary;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.SourceQuery;
import dev.sextant.testsupport.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Export throughput against psql's {@code \copy … CSV} of the same query, measured in the same
 * run on the suite's throwaway PostgreSQL (noisy machines: read the ratios). Not a test. In a
 * 512 MB heap, to show that a million rows never sit in memory:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.ExportBenchmark"</pre>
 *
 * {@code -Dbench.rows=N} sets the table's size (default 1,000,000).
 */
public final class ExportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final int REPEATS = 3;
    private static final String QUERY = "SELECT * FROM bench_export";

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestPostgres server = TestPostgres.get();
        Endpoint endpoint = server.endpoint("postgres");
        createTable(server);
        Path dir = Files.createTempDirectory("sextant-export-bench");
        System.out.printf("Export benchmark, %,d-row mixed-type table, max heap %d MB%n", ROWS,
                Runtime.getRuntime().maxMemory() >> 20);

        ExportSource all = new ExportSource.Query(endpoint, new SourceQuery(QUERY, List.of()));
        // A bound value keeps COPY out: the rows come through pgjdbc and our own CSV writer.
        ExportSource streamed = new ExportSource.Query(endpoint,
                new SourceQuery(QUERY + " WHERE id > ?", List.of(BoundValue.number("0"))));
        double psql = median(() -> psqlRowsPerSecond(server, dir.resolve("psql.csv")));
        double copy = median(() -> rowsPerSecond(all, ExportFormat.CSV, dir.resolve("copy.csv")));
        double ownCsv = median(() -> rowsPerSecond(streamed, ExportFormat.CSV, dir.resolve("own.csv")));
        System.out.printf("CSV: psql \\copy %,.0f rows/s; Sextant (COPY TO STDOUT) %,.0f rows/s, ratio %.2f; "
                + "Sextant's own CSV writer over a pgjdbc cursor %,.0f rows/s, ratio %.2f%n",
                psql, copy, copy / psql, ownCsv, ownCsv / psql);
        System.out.printf("same bytes as psql: %b%n",
                Files.mismatch(dir.resolve("psql.csv"), dir.resolve("copy.csv")) == -1);
        double json = median(() -> rowsPerSecond(all, ExportFormat.JSON, dir.resolve("x.json")));
        System.out.printf("JSON: %,.0f rows/s (ratio to psql's CSV %.2f)%n", json, json / psql);
        double xlsx = rowsPerSecond(all, ExportFormat.XLSX, dir.resolve("x.xlsx"));
        System.out.printf("XLSX: %,.0f rows/s (ratio to psql's CSV %.2f), one run%n", xlsx, xlsx / psql);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after the exports: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        System.exit(0); // the zonky shutdown hook stops the server
    }

    private static void createTable(TestPostgres server) throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_export");
            s.execute("CREATE TABLE bench_export AS SELECT g AS id, md5(g::text) AS name, (g % 1000) * 1.25 AS price, "
                    + "now() - g * interval '1 second' AS at, g % 2 = 0 AS even, g / 7.0::float8 AS ratio, "
                    + "CASE WHEN g % 10 = 0 THEN NULL ELSE 'note, \"' || g || '\"' END AS note "
                    + "FROM generate_series(1, " + ROWS + ") g");
            s.execute("VACUUM ANALYZE bench_export");
        }
    }

    private static double rowsPerSecond(ExportSource source, ExportFormat format, Path file) {
        ExportSummary summary = ExportJob.run(source, ExportOptions.of(format), file, new ExportProgress());
        if (summary.rows() != ROWS) {
            throw new IllegalStateException(summary.describe());
        }
        return ROWS / (summary.nanos() / 1e9);
    }

    private static double psqlRowsPerSecond(TestPostgres server, Path file) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-h", server.host(), "-p",
                String.valueOf(server.port()), "-U", server.user(), "-d", "postgres", "-c",
                "\\copy (" + QUERY + ") TO '" + file + "' CSV HEADER").inheritIO();
        builder.environment().put("PGPASSWORD", server.password());
        builder.environment().put("PGTZ", TimeZone.getDefault().getID());
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("psql failed");
        }
        return ROWS / ((System.nanoTime() - started) / 1e9);
    }

    private static double median(Callable<Double> run) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            values.add(run.call());
        }
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
