package dev.sextant.bench;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.edit.ChangeSave;
import dev.sextant.core.edit.ChangeStatement;
import dev.sextant.core.edit.EditCheck;
import dev.sextant.core.edit.Editability;
import dev.sextant.core.edit.PendingChanges;
import dev.sextant.core.edit.SaveResult;
import dev.sextant.core.edit.TableKeys;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.TestPostgres;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Saving 10,000 pending cell edits from the grid (batched UPDATEs, each checked to change one
 * row, then the rows read back) against the same UPDATEs sent by psql from a file in one
 * transaction ({@code psql -1 -f}), on the suite's PostgreSQL, in the same run. Not a test: run
 * it by hand, {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.sextant.bench.SaveBenchmark
 * } ({@code -Dbench.rows=N} for another size).
 */
public final class SaveBenchmark {

    private static final int RUNS = 3;
    private static final String DATABASE = "bench_save";

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 10_000);
        TestPostgres server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        Endpoint endpoint = server.endpoint(DATABASE);
        Path file = Files.createDirectories(Path.of("target", "bench")).resolve("save-bench.sql");
        long[] ours = new long[RUNS];
        long[] psql = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            reset(endpoint, rows);
            try (SqlSession session = SqlSession.open(endpoint)) {
                PendingChanges changes = edits(session, endpoint, rows);
                List<ChangeStatement> statements = changes.statements();
                writeFile(file, statements);
                long start = System.nanoTime();
                SaveResult saved = new ChangeSave(changes.target(), session.engine()).save(session, statements);
                ours[i] = System.nanoTime() - start;
                if (saved.updated() != rows || saved.rows().size() != rows) {
                    throw new IllegalStateException("saved " + saved.describe());
                }
            }
            reset(endpoint, rows);
            long start = System.nanoTime();
            run(List.of("psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-h", server.host(),
                    "-p", String.valueOf(server.port()), "-U", server.user(), "-d", DATABASE, "-f",
                    file.toAbsolutePath().toString()), server.password());
            psql[i] = System.nanoTime() - start;
        }
        System.out.printf("%,d edits: Sextant Save (batched, one-row checks, rows read back) median %.3f s;"
                        + " psql -1 -f of the same UPDATEs median %.3f s; runs ours %s, psql %s%n", rows,
                median(ours) / 1e9, median(psql) / 1e9, seconds(ours), seconds(psql));
        System.exit(0);
    }

    /** Every row's qty changed, as if typed into the grid. */
    private static PendingChanges edits(SqlSession session, Endpoint endpoint, int rows) throws Exception {
        Outcome.Rows result = (Outcome.Rows) session.execute("SELECT id, name, qty FROM t ORDER BY id").get(0);
        FetchedRows fetched = new FetchedRows(result.result().rows());
        while (result.hasMore()) {
            fetched.add(session.fetch(result.rest(), 10_000));
        }
        Editability editability;
        try (Connection catalog = endpoint.connect()) {
            editability = EditCheck.of(result.result().columns(), TableKeys.of(catalog));
        }
        PendingChanges changes = new PendingChanges(((Editability.Editable) editability).target());
        List<Object[]> all = fetched.range(0, fetched.size());
        for (int row = 0; row < all.size(); row++) {
            changes.set(row, all.get(row), 2, String.valueOf(((Number) all.get(row)[2]).intValue() + 1));
        }
        return changes;
    }

    /** The statements as psql gets them: the same SQL with the values written in as literals. */
    private static void writeFile(Path file, List<ChangeStatement> statements) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (ChangeStatement statement : statements) {
                String sql = statement.sql();
                for (Object value : statement.values()) {
                    sql = sql.replaceFirst("\\?", value instanceof String s ? "'" + s + "'" : String.valueOf(value));
                }
                w.write(sql + ";\n");
            }
        }
    }

    private static void reset(Endpoint endpoint, int rows) throws Exception {
        try (Connection c = endpoint.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS t");
            s.execute("CREATE TABLE t (id int PRIMARY KEY, name text, qty int)");
            s.execute("INSERT INTO t SELECT g, 'item ' || g, g FROM generate_series(1, " + rows + ") g");
            s.execute("VACUUM ANALYZE t");
        }
    }

    private static void run(List<String> command, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static String seconds(long[] runs) {
        return Arrays.toString(Arrays.stream(runs).mapToObj(n -> String.format("%.3f", n / 1e9)).toArray());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
