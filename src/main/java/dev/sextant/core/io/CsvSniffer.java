package dev.sextant.core.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Guesses a CSV file's encoding, delimiter and header from its first 64 KB: the byte-order mark
 * if there is one, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which reads
 * every byte); the delimiter that splits the sample's lines into the same number of fields; a
 * header when the first line is all text while a later line has a number or a date in it.
 */
public final class CsvSniffer {

    static final int SAMPLE = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSniffer() {
    }

    public static CsvOptions sniff(Path file) throws IOException {
        byte[] sample = head(file);
        int bom = bomLength(sample);
        Charset charset = bomCharset(sample);
        if (charset == null) {
            charset = isUtf8(sample) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String text = new String(sample, bom, sample.length - bom, charset);
        if (sample.length == SAMPLE) {
            text = text.substring(0, Math.max(0, text.lastIndexOf('\n') + 1)); // whole lines only
        }
        char delimiter = delimiter(text);
        return new CsvOptions(charset, bom, delimiter, hasHeader(text, delimiter), true);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        }
    }

    static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        return bomCharset(b) != null ? 2 : 0;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Valid UTF-8, allowing the sample to end in the middle of a character. */
    private static boolean isUtf8(byte[] sample) {
        int end = sample.length;
        if (end == SAMPLE) {
            while (end > 0 && end > sample.length - 4 && (sample[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (sample[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter giving most lines the same field count above one; a comma when none does. */
    static char delimiter(String text) {
        char best = ',';
        int bestScore = 0;
        for (char candidate : DELIMITERS) {
            int[] counts = fieldCounts(text, candidate);
            if (counts.length == 0 || counts[0] < 2) {
                continue;
            }
            int agreeing = (int) Arrays.stream(counts).filter(c -> c == counts[0]).count();
            int score = agreeing * counts[0];
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int[] fieldCounts(String text, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                counts.add(record.getFieldCount());
                if (counts.size() == 50) {
                    break;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return new int[0];
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A header is a first line of text (an empty name here and there is made up later) where some later line has a value of
     * another type in the same column (a number, a date, a boolean).
     */
    static boolean hasHeader(String text, char delimiter) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text)) {
            var rows = reader.iterator();
            if (!rows.hasNext()) {
                return false;
            }
            List<String> first = rows.next().getFields();
            if (first.stream().anyMatch(f -> !f.isBlank() && ColumnType.of(f) != ColumnType.TEXT)
                    || first.stream().allMatch(String::isBlank)) {
                return false; // a number or a date is data, not a column's name
            }
            for (int n = 0; n < 50 && rows.hasNext(); n++) {
                List<String> row = rows.next().getFields();
                for (int i = 0; i < Math.min(row.size(), first.size()); i++) {
                    if (!row.get(i).isEmpty() && ColumnType.of(row.get(i)) != ColumnType.TEXT) {
                        return true;
                    }
                }
            }
            return first.stream().allMatch(f -> f.matches("[\\p{L}_][\\p{L}\\p{N}_ ]*"));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
