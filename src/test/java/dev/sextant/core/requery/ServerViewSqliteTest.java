package dev.sextant.core.requery;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SourceQuery;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.sql.Identifiers;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same wrapping on a real SQLite file: quoted names with capitals and spaces, numbers bound as numbers. */
class ServerViewSqliteTest {

    @TempDir
    Path dir;

    @Test
    void sortsAndFiltersOnSqlite() throws Exception {
        Path file = dir.resolve("shop.db");
        SqliteFiles.execute(file, "CREATE TABLE items (id INTEGER PRIMARY KEY, \"Item Name\" TEXT, price REAL)",
                "INSERT INTO items VALUES (1, 'tea', 3.5), (2, 'cake', 12), (3, 'jam', 7), (4, 'toast', NULL)");
        try (SqlSession session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file)))) {
            ServerView view = ServerView.of(new SourceQuery("select count(*), * from items group by id -- each;\n", List.of()),
                            List.of("count(*)", "id", "Item Name", "price"))
                    .filtered("price > 3 and \"Item Name\" not like 'c%'").clicked(3, false).clicked(3, false);
            SourceQuery query = view.query(Identifiers::quote);
            QueryResult result = ((Outcome.Rows) session.execute(query.sql(), query.values()).get(0)).result();
            assertEquals(List.of("jam", "tea"), result.rows().stream().map(r -> r[2].toString()).toList());
            SourceQuery nulls = view.filtered("price is null").query(Identifiers::quote);
            QueryResult toast = ((Outcome.Rows) session.execute(nulls.sql(), nulls.values()).get(0)).result();
            assertEquals("toast", toast.rows().get(0)[2].toString());
        }
    }
}
