package dev.sextant.core.result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fetch all's pages of a real SQLite result: whole and in order, and each small enough for the collector. */
class JdbcResultStreamTest {

    private static final int ROWS = 12_000;

    @TempDir
    Path dir;

    /** 60 text columns of 20 characters: a 10,000-row page would hold 4.8 MB of values and 12 MB of text. */
    @Test
    void aWideResultComesInPagesWhoseArraysStayUnderTheLimit() throws Exception {
        int width = 60;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("wide.db"))) {
            StringBuilder columns = new StringBuilder("n");
            for (int i = 1; i < width; i++) {
                columns.append(", printf('%020d', n * ").append(i).append(") AS c").append(i);
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE wide AS WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < "
                        + ROWS + ") SELECT " + columns + " FROM g");
            }
            Statement s = c.createStatement();
            List<Integer> pageSizes = new ArrayList<>();
            long next = 1;
            try (JdbcResultStream stream = new JdbcResultStream(s, s.executeQuery("SELECT * FROM wide ORDER BY n"), () -> { },
                    ValueFormats.DRIVER_TYPES)) {
                while (stream.isOpen()) {
                    CompactRows page = stream.fetch(10_000);
                    pageSizes.add(page.size());
                    long textBytes = page.bytes() - 9L * page.size() * width;
                    assertTrue(8L * page.size() * width <= JdbcResultStream.PAGE_ARRAY_BYTES,
                            "a page's values stay under the limit: " + page.size() + " rows");
                    assertTrue(textBytes <= JdbcResultStream.PAGE_ARRAY_BYTES * 5 / 4, "and so does its text, as the last"
                            + " page predicted it: " + textBytes + " bytes in " + page.size() + " rows");
                    for (Object[] row : page) {
                        assertEquals(next, ((Number) row[0]).longValue(), "rows in order, none lost");
                        assertEquals(String.format("%020d", next * (width - 1)), row[width - 1]);
                        next++;
                    }
                }
            }
            assertEquals(ROWS + 1, next, "every row came: pages of " + pageSizes);
            assertTrue(pageSizes.size() > 2, "in more pages than 10,000 rows each would make: " + pageSizes);
            assertFalse(pageSizes.contains(0), "no empty page before the end: " + pageSizes);
        }
    }
}
