package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** From what the server said to the character in the editor. */
class ErrorPositionTest {

    private final SqlStatement statement = new SqlStatement("SELECT 'id', idx FROM t WHER id", 100, 131);

    @Test
    void aPositionCountsFromOneWithinTheStatementAndShiftsByItsStart() {
        assertEquals(100, ErrorPosition.offsetIn(statement, 1));
        assertEquals(100 + statement.sql().lastIndexOf("id"), ErrorPosition.offsetIn(statement, statement.sql().lastIndexOf("id") + 1));
        assertEquals(-1, ErrorPosition.offsetIn(statement, 0), "no position");
        assertEquals(-1, ErrorPosition.offsetIn(statement, 500), "outside the statement");
    }

    @Test
    void aNamedTokenCountsOnlyAsAWholeTokenOutsideStrings() {
        assertEquals(100 + statement.sql().lastIndexOf("id"), ErrorPosition.offsetOfOnly(statement, "id"),
                "'id' is a string and idx another name");
        assertEquals(-1, ErrorPosition.offsetOfOnly(new SqlStatement("SELECT id FROM t WHER id", 0, 24), "id"),
                "twice: no guessing");
        assertEquals(-1, ErrorPosition.offsetOfOnly(statement, null));
    }
}
