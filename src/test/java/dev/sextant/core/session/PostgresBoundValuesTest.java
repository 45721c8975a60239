package dev.sextant.core.session;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sql.Placeholders;
import dev.sextant.testsupport.PostgresSessionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Values bound through a PreparedStatement on the session's own connection, never spliced into SQL. */
class PostgresBoundValuesTest {

    @RegisterExtension
    static final PostgresSessionExtension db = new PostgresSessionExtension("bound_values_test",
            "DROP TABLE IF EXISTS students",
            "CREATE TABLE students (id int PRIMARY KEY, name text, grade numeric(4,1), born date)");

    private Object[] firstRow(List<Outcome> outcomes) {
        return assertInstanceOf(Outcome.Rows.class, outcomes.get(0)).result().rows().get(0);
    }

    @Test
    void textIsTypedByTheServerLikeAQuotedLiteral(SqlSession session, Endpoint endpoint) throws SQLException {
        Placeholders p = Placeholders.of("INSERT INTO students VALUES (:id, :name, :grade, :born)");
        List<Outcome> done = session.execute(p.jdbcSql(), p.inJdbcOrder(List.of(BoundValue.text("7"),
                BoundValue.text("Rose O'Neil'); DROP TABLE students; --"), BoundValue.number("91.5"),
                BoundValue.text("2001-02-03"))));
        assertEquals(List.of(new Outcome.UpdateCount("INSERT", 1)), done);
        try (Connection c = endpoint.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, grade, born::text FROM students")) {
            rs.next();
            assertEquals(7, rs.getInt(1));
            assertEquals("Rose O'Neil'); DROP TABLE students; --", rs.getString(2));
            assertEquals(new java.math.BigDecimal("91.5"), rs.getBigDecimal(3));
            assertEquals("2001-02-03", rs.getString(4));
        }
    }

    @Test
    void joinedTextNumbersAndNullComeBackAsRows(SqlSession session) throws SQLException {
        Placeholders p = Placeholders.of("SELECT :greeting || ' ' || :name, $1::int + 1 AS next, :nothing::text IS NULL");
        // Untyped values, like PREPARE's: a bare ":nothing IS NULL" gives the server no type to infer, hence the cast.
        // names: :greeting, :name, $1, :nothing
        List<Outcome> out = session.execute(p.jdbcSql(), p.inJdbcOrder(List.of(BoundValue.text("Hello"),
                BoundValue.text("Rose"), BoundValue.number("41"), BoundValue.nullValue())));
        assertEquals(Arrays.asList("Hello Rose", 42, true), Arrays.asList(firstRow(out)));
    }

    @Test
    void aWholeNumberServesAsALimitAndAFractionStaysExact(SqlSession session) throws SQLException {
        List<Outcome> out = session.execute("SELECT g, ? * 2 FROM generate_series(1, 10) g LIMIT ?",
                List.of(BoundValue.number("0.1"), BoundValue.number("3")));
        assertEquals(3, assertInstanceOf(Outcome.Rows.class, out.get(0)).result().rows().size());
        assertEquals("0.2", firstRow(out)[1], "numeric, kept as the server writes it");
    }

    @Test
    void aNullValueIsNull(SqlSession session) throws SQLException {
        session.execute("INSERT INTO students (id, name) VALUES (?, ?)", List.of(BoundValue.number("1"), BoundValue.nullValue()));
        assertNull(firstRow(session.execute("SELECT name FROM students"))[0]);
    }

    @Test
    void aValueTheServerCannotReadFailsWithoutHarmingTheSession(SqlSession session) throws SQLException {
        assertThrows(SQLException.class, () -> session.execute("SELECT ?::int", List.of(BoundValue.text("not a number"))));
        assertEquals(1, firstRow(session.execute("SELECT 1"))[0]);
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    @Test
    void numbersAreCheckedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> BoundValue.number("12abc"));
        assertEquals(null, BoundValue.nullValue().text());
    }
}
