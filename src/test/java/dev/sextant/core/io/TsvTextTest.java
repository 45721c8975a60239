package dev.sextant.core.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Copied cells read back by a TSV parser as the values they were, NULL as an empty cell. */
class TsvTextTest {

    @Test
    void cellsWithTabsQuotesAndLineBreaksPasteBackWhole() throws Exception {
        List<Object[]> rows = List.of(new Object[] {1, "plain", "tab\there"},
                new Object[] {null, "say \"hi\"", "two\nlines"}, new Object[] {3L, "", true});
        String text = TsvText.of(rows);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter('\t').get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(List.of("1", "plain", "tab\there"), records.get(0).toList());
        assertEquals(List.of("", "say \"hi\"", "two\nlines"), records.get(1).toList());
        assertEquals(List.of("3", "", "t"), records.get(2).toList());
        assertEquals("1\tplain\t\"tab\there\"\n", text.substring(0, text.indexOf('\n') + 1));
        assertEquals("", TsvText.of(List.of()));
        assertEquals(Arrays.asList("x"), CSVFormat.DEFAULT.parse(new StringReader(TsvText.of(
                List.<Object[]>of(new Object[] {"x"})))).getRecords().get(0).toList());
    }
}
