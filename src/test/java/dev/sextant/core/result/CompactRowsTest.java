package dev.sextant.core.result;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompactRowsTest {

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.integers(),
                Arbitraries.longs(),
                Arbitraries.doubles(),
                Arbitraries.of(true, false),
                // Drivers hand over well-formed text: no lone surrogate halves (UTF-8 cannot hold them).
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0400', '\u04ff').ofMaxLength(10),
                Arbitraries.strings().withChars("é\n'\"\\").ofMaxLength(5),
                Arbitraries.of("🦀", "naïve 🦀 crab", ""));
    }

    @Property
    void everyValueComesBackAsItWentIn(@ForAll @IntRange(min = 1, max = 6) int width,
                                       @ForAll @IntRange(max = 300) int rowCount,
                                       @ForAll("values") Object seed) {
        List<Object[]> rows = new ArrayList<>();
        Arbitrary<Object> values = values();
        var random = new java.util.Random(rowCount * 31L + width);
        for (int r = 0; r < rowCount; r++) {
            Object[] row = new Object[width];
            for (int c = 0; c < width; c++) {
                row[c] = (r + c) % 7 == 0 ? seed : values.generator(10).next(random).value();
            }
            rows.add(row);
        }
        CompactRows compact = CompactRows.of(width, rows);
        assertEquals(rows.size(), compact.size());
        for (int r = 0; r < rows.size(); r++) {
            assertArrayEquals(rows.get(r), compact.get(r), "row " + r);
        }
    }

    @Test
    void bytesAreKeptAsTheHexTheGridShowsAndOtherTypesAsTheirText() {
        CompactRows compact = CompactRows.of(3, List.<Object[]>of(new Object[] {new byte[] {1, (byte) 0xab},
                new java.math.BigDecimal("91.50"), java.time.LocalDate.of(2001, 2, 3)}));
        assertEquals(Arrays.asList("\\x01ab", "91.50", "2001-02-03"), Arrays.asList(compact.get(0)));
    }

    @Test
    void aRowOfNumbersTakesFarLessThanObjectArrays() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new Object[] {i, "user" + i, (long) i * 1000, i % 2 == 0});
        }
        CompactRows compact = CompactRows.of(4, rows);
        // 4 cells of 9 bytes and ~8 bytes of text: about 45 bytes a row; Object[] with boxes is ~150.
        assertTrue(compact.bytes() / rows.size() < 50, compact.bytes() / rows.size() + " bytes a row");
    }

    @Test
    void askingPastTheEndFails() {
        CompactRows compact = CompactRows.of(1, List.<Object[]>of(new Object[] {1}));
        assertThrows(IndexOutOfBoundsException.class, () -> compact.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> compact.get(-1));
    }
}
