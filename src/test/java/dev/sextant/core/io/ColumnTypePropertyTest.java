package dev.sextant.core.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A column of generated values of one type is inferred as that type or a wider one, never a
 * narrower one: the values are made from the type, not parsed the way the code parses them.
 */
class ColumnTypePropertyTest {

    @Property
    void intsAreIntegers(@ForAll @Size(min = 1, max = 50) List<Integer> values) {
        assertInferred(values.stream().map(String::valueOf).toList(), ColumnType.INTEGER);
    }

    @Property
    void longsAreAtLeastBigint(@ForAll @Size(min = 1, max = 50) List<Long> values) {
        ColumnType t = infer(values.stream().map(String::valueOf).toList());
        assertTrue(t == ColumnType.INTEGER || t == ColumnType.BIGINT, t.name());
        if (values.stream().anyMatch(v -> v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            assertEquals(ColumnType.BIGINT, t);
        }
    }

    @Property
    void decimalsAreNumericAndNeverNarrower(@ForAll @Size(min = 1, max = 50) List<@From("decimals") BigDecimal> values) {
        ColumnType t = infer(values.stream().map(BigDecimal::toPlainString).toList());
        assertTrue(t.isNumber(), t.name());
        if (values.stream().anyMatch(v -> v.scale() > 0)) {
            assertEquals(ColumnType.NUMERIC, t, "a fraction is never taken for a whole number");
        }
    }

    @Property
    void datesAreDates(@ForAll @Size(min = 1, max = 50) List<@From("dates") LocalDate> values) {
        assertInferred(values.stream().map(LocalDate::toString).toList(), ColumnType.DATE);
    }

    @Property
    void datesMixedWithTimestampsAreTimestamps(@ForAll("dates") LocalDate date, @ForAll("stamps") LocalDateTime stamp) {
        assertInferred(List.of(date.toString(), stamp.toString().replace('T', ' ')), ColumnType.TIMESTAMP);
    }

    @Property
    void uuidsAreUuids(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.constraints.UniqueElements Long> seeds) {
        assertInferred(seeds.stream().map(s -> new UUID(s, ~s).toString()).toList(), ColumnType.UUID);
    }

    @Property
    void leadingZerosKeepAWholeColumnText(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 99999) Integer> values) {
        List<String> zipCodes = new java.util.ArrayList<>(values.stream().map(v -> String.format("%05d", v)).toList());
        zipCodes.add("00123");
        assertInferred(zipCodes, ColumnType.TEXT);
    }

    @Property
    void oneWordAmongNumbersMakesText(@ForAll @Size(min = 1, max = 20) List<Integer> values) {
        List<String> mixed = new java.util.ArrayList<>(values.stream().map(String::valueOf).toList());
        mixed.add(mixed.size() / 2, "n/a");
        assertInferred(mixed, ColumnType.TEXT);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(3);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 60_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<LocalDateTime> stamps() {
        return Arbitraries.longs().between(0, 4_000_000_000L)
                .map(s -> LocalDateTime.of(1970, 1, 1, 0, 0).plus(s, ChronoUnit.SECONDS));
    }

    private static void assertInferred(List<String> values, ColumnType expected) {
        assertEquals(expected, infer(values), values.toString());
    }

    private static ColumnType infer(List<String> values) {
        ColumnProfile profile = new ColumnProfile();
        values.forEach(profile::see);
        return profile.type();
    }
}
