package dev.sextant.core.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordingTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals("1 row", Wording.count(1, "row"));
        assertEquals("0 rows", Wording.count(0, "row"));
        assertEquals("2 statements", Wording.count(2, "statement"));
        assertEquals("3 queries", Wording.count(3, "query"));
        assertEquals("2 keys", Wording.count(2, "key"));
        assertEquals("2 indexes", Wording.count(2, "index"));
    }

    @Test
    void theNounAloneAndTheVerbAgreeWithTheCount() {
        assertEquals("datacenter", Wording.noun(1, "datacenter"));
        assertEquals("datacenters", Wording.noun(2, "datacenter"));
        assertEquals("fields", Wording.noun(0, "field"));
        assertEquals("is", Wording.verb(1, "is", "are"));
        assertEquals("are", Wording.verb(0, "is", "are"));
        assertEquals("have", Wording.verb(3, "has", "have"));
        assertEquals("2 other sessions are", Wording.count(2, "other session") + " " + Wording.verb(2, "is", "are"));
    }

    @Test
    void countsAreGroupedWithCommasWhateverTheLocale() {
        Locale.setDefault(Locale.GERMANY); // would write 1.000
        assertEquals("1,000 rows", Wording.count(1000, "row"));
        assertEquals("12,345,678", Wording.number(12_345_678));
        assertEquals("999", Wording.number(999));
        assertEquals("0", Wording.number(0));
        assertEquals("-1,234", Wording.number(-1234));
        assertEquals("9,223,372,036,854,775,807", Wording.number(Long.MAX_VALUE));
        Locale.setDefault(new Locale("fr", "FR")); // would write 1 000 with a narrow space
        assertEquals("1,000,000 rows", Wording.count(1_000_000, "row"));
    }

    @Test
    void durationsGrowUnitsAsTheyGrow() {
        Locale.setDefault(Locale.GERMANY); // would write 8,8 s
        assertEquals("0 ms", Wording.duration(0));
        assertEquals("999 ms", Wording.duration(999));
        assertEquals("1.0 s", Wording.duration(1000));
        assertEquals("8.8 s", Wording.duration(8_849));
        assertEquals("59.9 s", Wording.duration(59_999));
        assertEquals("1 min 0 s", Wording.duration(60_000));
        assertEquals("2 min 5 s", Wording.duration(125_400));
        assertEquals("1 h 1 min", Wording.duration(3_660_000));
    }

    @Test
    void agesCountWholeSeconds() {
        assertEquals("0 s", Wording.age(-5));
        assertEquals("3 s", Wording.age(3_999));
        assertEquals("4 min", Wording.age(4 * 60_000 + 59_000));
        assertEquals("1 h 5 min", Wording.age(65 * 60_000));
    }
}
