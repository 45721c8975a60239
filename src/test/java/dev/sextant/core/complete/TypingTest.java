package dev.sextant.core.complete;

import dev.sextant.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Completion keystroke by keystroke ({@link Typing}) gives exactly what asking afresh gives, on a
 * catalog of a few thousand tables; and the statement is read by the tab's engine's rules.
 */
class TypingTest {

    private static Catalog catalog() {
        List<Catalog.Relation> relations = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            relations.add(new Catalog.Relation("public", (i % 3 == 0 ? "invoice_" : i % 3 == 1 ? "track_" : "t") + i,
                    Suggestion.Kind.TABLE, List.of(new Catalog.Column("id", "integer"), new Catalog.Column("title", "text"))));
        }
        relations.add(new Catalog.Relation("shop", "item", Suggestion.Kind.TABLE, List.of(new Catalog.Column("sku", "text"))));
        return new Catalog(List.of("public", "shop"), List.of("public"), relations,
                List.of(new Catalog.Function("public", "trim", "(text) → text")), List.of("SELECT", "FROM", "TABLE"), Set.of());
    }

    @Test
    void eachKeyGivesWhatAskingAfreshGives() {
        Catalog catalog = catalog();
        Typing typing = new Typing();
        // Growing words (narrowed), a word shortened, a new place and a fuzzy one: all must agree.
        for (String typed : List.of("SELECT * FROM t", "SELECT * FROM t1", "SELECT * FROM t12", "SELECT * FROM t1",
                "SELECT * FROM tr", "SELECT * FROM tr_1", "SELECT * FROM i_3", "SELECT * FROM i_30", "SELECT * FROM sh",
                "SELECT * FROM track_1 x WHERE x.", "SELECT * FROM track_1 x WHERE x.t", "SELECT * FROM track_1 x WHERE x.ti")) {
            Completions narrowed = typing.at(catalog, typed, typed.length(), SqlDialect.POSTGRESQL);
            Completions afresh = Completer.at(catalog, typed, typed.length());
            assertEquals(afresh, narrowed, typed);
        }
    }

    @Test
    void aCatalogReadAgainIsNotNarrowedFromTheOldOne() {
        Typing typing = new Typing();
        typing.at(catalog(), "SELECT * FROM inv", 17, SqlDialect.POSTGRESQL);
        Catalog fresh = new Catalog(List.of("public"), List.of("public"), List.of(new Catalog.Relation("public",
                "invoices_2027", Suggestion.Kind.TABLE, List.of())), List.of(), List.of(), Set.of());
        List<String> labels = typing.at(fresh, "SELECT * FROM invo", 18, SqlDialect.POSTGRESQL).items().stream()
                .map(Suggestion::label).toList();
        assertEquals(List.of("invoices_2027"), labels);
    }

    @Test
    void theStatementIsReadByTheTabsEngineRules() {
        Catalog catalog = catalog();
        // In CQL "//" starts a comment; PostgreSQL reads it as an operator and the quote after it as a string to the end.
        String cql = "SELECT // it's the title\n x.‸ FROM track_1 x";
        int caret = cql.indexOf('‸');
        String text = cql.replace("‸", "");
        List<String> asCql = Completer.at(catalog, text, caret, SqlDialect.CQL).items().stream().map(Suggestion::label).toList();
        assertEquals(List.of("id", "title"), asCql);
        List<String> asPostgres = Completer.at(catalog, text, caret, SqlDialect.POSTGRESQL).items().stream()
                .map(Suggestion::label).toList();
        assertNotEquals(asCql, asPostgres, "PostgreSQL's rules hide the FROM in a string");
    }
}
