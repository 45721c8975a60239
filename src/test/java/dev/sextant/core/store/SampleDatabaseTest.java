package dev.sextant.core.store;

import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsRelatedTablesWithAFewHundredRows() throws Exception {
        Path db = dir.resolve("sample.db");
        assertTrue(SampleDatabase.createIfMissing(db));
        long rows = 0;
        for (String table : new String[] {"users", "notes", "artists", "albums", "tracks"}) {
            long n = SqliteFiles.count(db, "SELECT count(*) FROM " + table);
            assertTrue(n > 0, table + " has rows");
            rows += n;
        }
        assertTrue(rows >= 200 && rows <= 1000, "a few hundred rows, not " + rows);
        assertEquals(0, SqliteFiles.count(db, "SELECT count(*) FROM pragma_foreign_key_check"));
        for (String child : new String[] {"notes", "albums", "tracks"}) {
            assertEquals(1, SqliteFiles.count(db, "SELECT count(*) FROM pragma_foreign_key_list('" + child + "')"),
                    child + " refers to its parent");
        }
        assertFalse(Files.exists(dir.resolve("sample.db.partial")));
    }

    @Test
    void theForeignKeysHoldWhenEnforced() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.createIfMissing(db);
        SQLException e = assertThrows(SQLException.class, () -> SqliteFiles.execute(db,
                "PRAGMA foreign_keys = ON", "INSERT INTO notes (user_id, title, created) VALUES (9999, 'x', '2024-01-01')"));
        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
    }

    @Test
    void anExistingFileIsLeftAlone() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.createIfMissing(db);
        SqliteFiles.execute(db, "DELETE FROM tracks");
        assertFalse(SampleDatabase.createIfMissing(db));
        assertEquals(0, SqliteFiles.count(db, "SELECT count(*) FROM tracks"), "the user's changes survive a restart");
    }

    @Test
    void theSameRowsEveryTime() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        SampleDatabase.createIfMissing(a);
        SampleDatabase.createIfMissing(b);
        String users = "SELECT group_concat(username || email || ifnull(full_name, '-'), ',') FROM users";
        String tracks = "SELECT group_concat(title || seconds || price, ',') FROM tracks";
        assertEquals(SqliteFiles.text(a, users), SqliteFiles.text(b, users));
        assertEquals(SqliteFiles.text(a, tracks), SqliteFiles.text(b, tracks));
    }
}
