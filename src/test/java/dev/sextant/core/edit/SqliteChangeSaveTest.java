package dev.sextant.core.edit;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Saving grid edits on a SQLite file, each effect checked from a second connection. */
class SqliteChangeSaveTest extends SaveScenarios {

    @TempDir
    static Path dir;

    @BeforeAll
    static void createFile() throws Exception {
        SqliteFiles.execute(dir.resolve("shop.db"), "PRAGMA user_version = 1"); // a file the session can open
    }

    @Override
    protected Endpoint endpoint() {
        return Endpoint.of(ConnectionSpec.sqlite(dir.resolve("shop.db")));
    }

    @Override
    protected String generatedIdColumn() {
        return "INTEGER PRIMARY KEY";
    }
}
