package dev.sextant.core.session;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.SqliteFiles;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cancel stops a long statement soon after it is asked, and the session goes on working.
 * The bound below is deliberately loose (this is not a timing benchmark): a statement that
 * ignored cancel would run for ten minutes.
 */
class CancelTest {

    @TempDir
    Path dir;

    @Test
    void pgSleepStopsWhenCancelled() throws Exception {
        TestPostgres server = TestPostgres.get();
        try (SqlSession session = SqlSession.open(server.endpoint("postgres"))) {
            assertCancels(session, "SELECT pg_sleep(600)");
            assertEquals(TransactionState.IDLE, session.status().transaction());
            Outcome.Rows after = (Outcome.Rows) session.execute("SELECT 42").get(0);
            assertEquals(42, ((Number) after.result().rows().get(0)[0]).intValue(), "the session is usable after");
        }
    }

    @Test
    void aCpuBoundSqliteQueryStopsWhenCancelled() throws Exception {
        Path file = dir.resolve("busy.db");
        SqliteFiles.execute(file, "CREATE TABLE t (a INTEGER)");
        try (SqlSession session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file)))) {
            assertCancels(session, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                    + "SELECT count(*) FROM n");
            Outcome.Rows after = (Outcome.Rows) session.execute("SELECT count(*) FROM t").get(0);
            assertEquals(0, ((Number) after.result().rows().get(0)[0]).intValue(), "the session is usable after");
        }
    }

    private static void assertCancels(SqlSession session, String sql) throws Exception {
        CompletableFuture<List<Outcome>> running = CompletableFuture.supplyAsync(() -> {
            try {
                return session.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(700); // let it really start
        long asked = System.nanoTime();
        session.cancel();
        ExecutionException stopped = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> running.get(30, TimeUnit.SECONDS));
        long millis = (System.nanoTime() - asked) / 1_000_000;
        SQLException cause = assertInstanceOf(SQLException.class, stopped.getCause().getCause());
        assertEquals("The statement was cancelled.", PlainError.of(cause).sentence());
        assertTrue(millis < 5_000, "stopped " + millis + " ms after cancel");
        System.out.println("cancel took " + millis + " ms for " + sql);
    }
}
