package dev.sextant.bench;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.postgres.PostgresCatalog;
import dev.sextant.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long a schema of 10,000 tables takes to expand: the Tables folder's one query, through
 * the pool, against the naive alternative of listing names and then asking for each table's
 * details one by one (what makes other clients freeze). Not a test: run it by hand, e.g.
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.sextant.bench.CatalogBenchmark}.
 */
public final class CatalogBenchmark {

    private static final String DATABASE = "bench_wide";
    private static final int TABLES = 10_000;
    private static final int RUNS = 10;

    public static void main(String[] args) throws SQLException {
        TestPostgres server = TestPostgres.get();
        createTables(server);
        Endpoint endpoint = server.endpoint(DATABASE);
        try (ConnectionPools pools = new ConnectionPools()) {
            PostgresCatalog catalog = new PostgresCatalog(pools, endpoint);
            CatalogNode folder = CatalogNode.folder("Tables", Kind.TABLE, DATABASE, "wide", null);
            long[] oneQuery = new long[RUNS];
            int count = 0;
            catalog.children(folder); // warm the pool and the server's caches
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                count = catalog.children(folder).size();
                oneQuery[i] = System.nanoTime() - start;
            }
            long perTable = naiveNPlusOne(endpoint);
            long withoutSizes = withoutSizes(endpoint);
            System.out.printf("Tables folder with %d tables, one query (names, owner, row estimate, size, comment):%n"
                    + "  median %d ms, min %d ms, max %d ms over %d runs%n", count, ms(median(oneQuery)),
                    ms(Arrays.stream(oneQuery).min().orElseThrow()), ms(Arrays.stream(oneQuery).max().orElseThrow()), RUNS);
            System.out.printf("The same query without pg_total_relation_size: median %d ms%n", ms(withoutSizes));
            System.out.printf("Naive: list names, then one details query per table: %d ms%n", ms(perTable));
        }
        System.exit(0);
    }

    private static void createTables(TestPostgres server) throws SQLException {
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA wide");
            // Committing every 500 tables keeps the lock table from overflowing.
            s.execute("DO $$ BEGIN FOR i IN 1.." + TABLES + " LOOP "
                    + "EXECUTE format('CREATE TABLE wide.t%s (id int PRIMARY KEY, name text)', i); "
                    + "IF i % 500 = 0 THEN COMMIT; END IF; END LOOP; END $$");
        }
    }

    private static long naiveNPlusOne(Endpoint endpoint) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = endpoint.connect()) {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT relname FROM pg_class WHERE relnamespace = 'wide'::regnamespace AND relkind = 'r'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_userbyid(relowner), reltuples, "
                    + "pg_size_pretty(pg_total_relation_size(oid)), obj_description(oid, 'pg_class') "
                    + "FROM pg_class WHERE relnamespace = 'wide'::regnamespace AND relname = ?")) {
                for (String name : names) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
        }
        return System.nanoTime() - start;
    }

    /** The folder query minus sizes, to show what reading 10,000 tables' files from disk costs. */
    private static long withoutSizes(Endpoint endpoint) throws SQLException {
        long[] runs = new long[RUNS];
        try (Connection c = endpoint.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                try (ResultSet rs = s.executeQuery("SELECT c.relname, pg_get_userbyid(c.relowner), c.reltuples, d.description "
                        + "FROM pg_class c LEFT JOIN pg_description d ON d.objoid = c.oid AND d.objsubid = 0 "
                        + "WHERE c.relnamespace = 'wide'::regnamespace AND c.relkind = 'r' ORDER BY 1")) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
                runs[i] = System.nanoTime() - start;
            }
        }
        return median(runs);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
