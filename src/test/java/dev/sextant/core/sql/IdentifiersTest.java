package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdentifiersTest {

    @Test
    void alwaysQuotesAndDoublesEmbeddedQuotes() {
        assertEquals("\"orders\"", Identifiers.quote("orders"));
        assertEquals("\"Mixed Case\"", Identifiers.quote("Mixed Case"));
        assertEquals("\"with \"\"quote\"\"\"", Identifiers.quote("with \"quote\""));
        assertEquals("\"select\"", Identifiers.quote("select"));
        assertEquals("\"ñandú\"", Identifiers.quote("ñandú"));
        assertEquals("\"a\"\"; DROP TABLE x; --\"", Identifiers.quote("a\"; DROP TABLE x; --"));
    }

    @Test
    void qualifiesWithTheSchemaWhenThereIsOne() {
        assertEquals("\"Odd Schema\".\"t\"", Identifiers.qualified("Odd Schema", "t"));
        assertEquals("\"t\"", Identifiers.qualified(null, "t"));
    }

    @Test
    void refusesNamesNoEngineCanHold() {
        assertThrows(IllegalArgumentException.class, () -> Identifiers.quote(""));
        assertThrows(IllegalArgumentException.class, () -> Identifiers.quote("a\0b"));
        assertThrows(NullPointerException.class, () -> Identifiers.quote(null));
    }
}
