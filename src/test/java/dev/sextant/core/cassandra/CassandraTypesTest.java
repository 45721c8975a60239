package dev.sextant.core.cassandra;

import dev.sextant.core.result.QueryResult;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.testsupport.TestCassandra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each CQL type, written as a literal and read back as the grid shows it. */
class CassandraTypesTest {

    private static CassandraSession session;

    @BeforeAll
    static void create() {
        session = CassandraSession.open(TestCassandra.get().spec().withKeyspace(""), null);
        session.execute("DROP KEYSPACE IF EXISTS types");
        session.execute("CREATE KEYSPACE types WITH REPLICATION = {'class':'SimpleStrategy','replication_factor':1}");
        session.execute("USE types");
        session.execute("CREATE TYPE address (street text, no int)");
        session.execute("CREATE TABLE everything (id int PRIMARY KEY, big bigint, small smallint, tiny tinyint, "
                + "flag boolean, ratio double, f float, amount decimal, huge varint, name text, at timestamp, "
                + "day date, clock time, took duration, raw blob, ip inet, uid uuid, tags set<text>, "
                + "scores list<int>, ages map<text, int>, home frozen<address>, pair tuple<int, text>, "
                + "empty_list list<int>)");
        session.execute("CREATE TABLE hits (page text PRIMARY KEY, views counter)");
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.execute("DROP KEYSPACE IF EXISTS types");
            session.close();
        }
    }

    @Test
    void everyTypeReadsAsItsHonestText() {
        session.execute("INSERT INTO everything (id, big, small, tiny, flag, ratio, f, amount, huge, name, at, day, "
                + "clock, took, raw, ip, uid, tags, scores, ages, home, pair) VALUES (1, 9000000000, 7, -3, true, 0.5, "
                + "1.25, 12.340, 123456789012345678901234567890, 'O''Brien', '2024-05-01 12:30:45.123+0200', "
                + "'2024-05-01', '13:14:15.123456789', 1h30m, 0xcafe, '192.168.0.1', "
                + "123e4567-e89b-12d3-a456-426614174000, {'b', 'a'}, [3, 1, 2], {'ann': 31, 'bob': 42}, "
                + "{street: 'Main St', no: 5}, (1, 'x'))");
        Map<String, Object> row = row(session.execute("SELECT * FROM everything WHERE id = 1").rows());

        assertEquals(9_000_000_000L, row.get("big"));
        assertEquals(7, row.get("small"));
        assertEquals(-3, row.get("tiny"));
        assertEquals(true, row.get("flag"));
        assertEquals(0.5, row.get("ratio"));
        assertEquals(1.25, row.get("f"));
        assertEquals("12.340", row.get("amount"));
        assertEquals("123456789012345678901234567890", row.get("huge"));
        assertEquals("O'Brien", row.get("name"));
        assertEquals("2024-05-01 10:30:45.123 UTC", row.get("at"));
        assertEquals("2024-05-01", row.get("day"));
        assertEquals("13:14:15.123456789", row.get("clock"));
        assertEquals("1h30m", row.get("took"));
        assertEquals("0xcafe", row.get("raw"));
        assertEquals("192.168.0.1", row.get("ip"));
        assertEquals("123e4567-e89b-12d3-a456-426614174000", row.get("uid"));
        assertEquals("{'a', 'b'}", row.get("tags"));
        assertEquals("[3, 1, 2]", row.get("scores"));
        assertEquals("{'ann': 31, 'bob': 42}", row.get("ages"));
        assertEquals("{street: 'Main St', no: 5}", row.get("home"));
        assertEquals("(1, 'x')", row.get("pair"));
        assertNull(row.get("empty_list"), "an empty collection is stored as null in Cassandra");
    }

    @Test
    void columnsCarryTheirCqlTypesAndNumbersAreRightAligned() {
        QueryResult result = session.execute("SELECT id, name, ages, home, pair FROM everything WHERE id = 0").rows();
        Map<String, ResultColumn> columns = new LinkedHashMap<>();
        result.columns().forEach(c -> columns.put(c.label(), c));
        assertEquals("int", columns.get("id").typeName());
        assertTrue(columns.get("id").numeric());
        assertFalse(columns.get("name").numeric());
        assertEquals("map<text, int>", columns.get("ages").typeName());
        assertEquals("types.address", columns.get("home").typeName()); // results do not say frozen
        assertEquals("frozen<tuple<int, text>>", columns.get("pair").typeName()); // a tuple is always frozen
        assertEquals(0, result.rows().size());
    }

    @Test
    void countersCount() {
        session.execute("UPDATE hits SET views = views + 3 WHERE page = 'home'");
        session.execute("UPDATE hits SET views = views + 2 WHERE page = 'home'");
        QueryResult result = session.execute("SELECT views FROM hits WHERE page = 'home'").rows();
        assertEquals("counter", result.columns().get(0).typeName());
        assertEquals(5L, result.rows().get(0)[0]);
    }

    private static Map<String, Object> row(QueryResult result) {
        assertEquals(1, result.rows().size());
        Map<String, Object> row = new LinkedHashMap<>();
        Object[] values = result.rows().get(0);
        for (int i = 0; i < values.length; i++) {
            row.put(result.columns().get(i).label(), values[i]);
        }
        return row;
    }
}
