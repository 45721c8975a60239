package dev.sextant.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Detection of how real files are written: Excel's semicolons and BOM, Latin-1 from old systems, UTF-16. */
class CsvSnifferTest {

    @TempDir
    Path dir;

    @Test
    void aPlainUtf8FileWithAHeader() throws Exception {
        CsvOptions o = sniff("plain.csv", "id,name,joined\n1,rose,2024-01-02\n2,\"dq, jr\",2024-03-04\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, o.charset());
        assertEquals(0, o.bomBytes());
        assertEquals(',', o.delimiter());
        assertTrue(o.header());
    }

    @Test
    void excelsSemicolonsAfterAByteOrderMark() throws Exception {
        byte[] text = "Kunde;Betrag\nMüller;12,50\nSchmidt;7,00\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        CsvOptions o = sniff("excel.csv", withBom);
        assertEquals(3, o.bomBytes());
        assertEquals(';', o.delimiter());
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() throws Exception {
        CsvOptions o = sniff("latin.csv", "name\tcity\nJosé\tSão Paulo\n".getBytes(CsvSniffer.WINDOWS_1252));
        assertEquals(CsvSniffer.WINDOWS_1252, o.charset());
        assertEquals('\t', o.delimiter());
    }

    @Test
    void utf16IsKnownByItsByteOrderMark() throws Exception {
        byte[] text = "a|b\n1|2\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        CsvOptions o = sniff("wide.csv", withBom);
        assertEquals(StandardCharsets.UTF_16LE, o.charset());
        assertEquals(2, o.bomBytes());
        assertEquals('|', o.delimiter());
    }

    @Test
    void numbersInTheFirstLineMeanNoHeader() throws Exception {
        assertFalse(sniff("data.csv", "1,2,3\n4,5,6\n".getBytes(StandardCharsets.UTF_8)).header());
    }

    private CsvOptions sniff(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        return CsvSniffer.sniff(file);
    }
}
