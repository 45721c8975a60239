package dev.sextant.core.requery;

import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.SourceQuery;
import dev.sextant.core.sql.Identifiers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerViewTest {

    private static final List<String> COLUMNS = List.of("id", "Name", "with \"quote\"", "price");
    private final ServerView plain = ServerView.of(
            new SourceQuery("select * from items where price < ?;", List.of(BoundValue.number("100"))), COLUMNS);

    @Test
    void aClickSortsAscendingThenDescendingThenNotAtAll() {
        ServerView once = plain.clicked(1, false);
        assertEquals("SELECT * FROM (\nselect * from items where price < ?\n) AS q\nORDER BY \"Name\"",
                once.query(Identifiers::quote).sql());
        assertEquals(1, once.position(1));
        ServerView twice = once.clicked(1, false);
        assertTrue(twice.descending(1));
        assertTrue(twice.query(Identifiers::quote).sql().endsWith("ORDER BY \"Name\" DESC"));
        ServerView thrice = twice.clicked(1, false);
        assertTrue(thrice.isPlain());
        assertEquals(plain.source(), thrice.query(Identifiers::quote), "the statement exactly as first run");
    }

    @Test
    void shiftClickAddsColumnsInClickOrderAndAPlainClickKeepsOnlyOne() {
        ServerView two = plain.clicked(3, false).clicked(3, false).clicked(2, true);
        assertEquals(1, two.position(3));
        assertEquals(2, two.position(2));
        assertTrue(two.query(Identifiers::quote).sql().endsWith("ORDER BY \"price\" DESC, \"with \"\"quote\"\"\""));
        ServerView one = two.clicked(0, false);
        assertEquals(List.of(new SortKey(0, false)), one.order());
    }

    @Test
    void aColumnNamedTwiceIsSortedByItsPosition() {
        ServerView view = ServerView.of(new SourceQuery("select a.id, b.id from a, b", List.of()), List.of("id", "id"))
                .clicked(1, false).clicked(1, false);
        assertTrue(view.query(Identifiers::quote).sql().endsWith("ORDER BY 2 DESC"));
    }

    @Test
    void filterValuesAreBoundAfterTheStatementsOwn() throws FilterException {
        ServerView view = plain.clicked(0, false)
                .filtered("name like 'O''B%' and PRICE >= -2.5 and \"with \"\"quote\"\"\" is not null and id != 7");
        SourceQuery query = view.query(Identifiers::quote);
        assertEquals("SELECT * FROM (\nselect * from items where price < ?\n) AS q\n"
                + "WHERE \"Name\" LIKE ? AND \"price\" >= ? AND \"with \"\"quote\"\"\" IS NOT NULL AND \"id\" <> ?\n"
                + "ORDER BY \"id\"", query.sql());
        assertEquals(List.of(BoundValue.number("100"), BoundValue.text("O'B%"), BoundValue.number("-2.5"),
                BoundValue.number("7")), query.values());
        assertTrue(view.filtered(" ").query(Identifiers::quote).sql().endsWith(") AS q\nORDER BY \"id\""));
    }

    @Test
    void aFilterThatCannotBeReadSaysWhatToWrite() {
        FilterException unknown = assertThrows(FilterException.class, () -> plain.filtered("colour = 'red'"));
        assertEquals("This result has no column colour; its columns are id, Name, with \"quote\", price.",
                unknown.getMessage());
        assertTrue(assertThrows(FilterException.class, () -> plain.filtered("id = 1 or id = 2")).getMessage()
                .startsWith("Cannot read the filter near or:"));
        assertThrows(FilterException.class, () -> plain.filtered("id ="));
        assertThrows(FilterException.class, () -> plain.filtered("id is 3"));
        assertThrows(FilterException.class, () -> plain.filtered("name = 'unclosed"));
        assertThrows(FilterException.class, () -> ServerView.of(plain.source(), List.of("id", "id")).filtered("id = 1"));
    }

    @Test
    void refusesAResultWhoseStatementIsNotKnownOrNotAQuery() {
        assertTrue(ServerView.refusal(null).isPresent());
        assertTrue(ServerView.refusal(new SourceQuery("delete from t returning *", List.of())).isPresent());
        assertTrue(ServerView.refusal(plain.source()).isEmpty());
    }
}
