package dev.sextant.core.complete;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a typed word matches a name, from the best kind of match to none. */
class RankingTest {

    @Test
    void prefixIgnoresCase() {
        assertEquals(Ranking.PREFIX, Ranking.of("INV", "invoice_line"));
        assertEquals(Ranking.PREFIX, Ranking.of("", "anything"));
    }

    @Test
    void wordStartsAfterUnderscoresAndInCamelCase() {
        assertEquals(Ranking.WORD_BOUNDARY, Ranking.of("line", "invoice_line"));
        assertEquals(Ranking.WORD_BOUNDARY, Ranking.of("il", "invoice_line"));
        assertEquals(Ranking.WORD_BOUNDARY, Ranking.of("invli", "invoice_line"));
        assertEquals(Ranking.WORD_BOUNDARY, Ranking.of("num", "orderNumber"));
    }

    @Test
    void anyOrderIsFuzzyAndMissingLettersMatchNothing() {
        assertEquals(Ranking.FUZZY, Ranking.of("ivl", "invoice_line"));
        assertEquals(Ranking.FUZZY, Ranking.of("voice", "invoice_line"));
        assertEquals(Ranking.NONE, Ranking.of("lv", "invoice"));
        assertEquals(Ranking.NONE, Ranking.of("tracks", "track"));
    }
}
