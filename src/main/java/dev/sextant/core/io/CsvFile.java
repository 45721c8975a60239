package dev.sextant.core.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Opens a CSV file for reading with the chosen options: its byte-order mark skipped, decoded as chosen. */
public final class CsvFile {

    private CsvFile() {
    }

    /** Records in file order; ragged lines are read as they are, for the caller to judge. */
    public static CsvReader<CsvRecord> records(Path file, CsvOptions options, AtomicLong bytesRead) throws IOException {
        return records(file, options, bytesRead, new AtomicLong());
    }

    /**
     * Also counts the file's quote characters into {@code quotes} where a byte 0x22 can only be
     * a quote (UTF-8 and the one-byte encodings): an odd count means a quote is never closed,
     * which the parser would otherwise read as a value running to the end of the file.
     */
    public static CsvReader<CsvRecord> records(Path file, CsvOptions options, AtomicLong bytesRead, AtomicLong quotes)
            throws IOException {
        InputStream in = new Counting(Files.newInputStream(file), bytesRead, quotes);
        in.skipNBytes(options.bomBytes());
        return CsvReader.builder().fieldSeparator(options.delimiter()).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).detectBomHeader(false)
                .ofCsvRecord(new InputStreamReader(new BufferedInputStream(in, 1 << 16), options.charset()));
    }

    /** Whether counting quote bytes tells quote characters in this encoding. */
    public static boolean quotesAreBytes(CsvOptions options) {
        return options.charset().newEncoder().maxBytesPerChar() == 1f
                || options.charset().equals(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The file's bytes after its byte-order mark, counted into {@code bytesRead} as they are read. */
    public static InputStream bytes(Path file, CsvOptions options, AtomicLong bytesRead) throws IOException {
        InputStream in = new Counting(Files.newInputStream(file), bytesRead, new AtomicLong());
        try {
            in.skipNBytes(options.bomBytes());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    public static Reader reader(Path file, CsvOptions options, AtomicLong bytesRead) throws IOException {
        return new InputStreamReader(bytes(file, options, bytesRead), options.charset());
    }

    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;
        private final AtomicLong quotes;

        Counting(InputStream in, AtomicLong count, AtomicLong quotes) {
            super(in);
            this.count = count;
            this.quotes = quotes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
                quotes.addAndGet(b == '"' ? 1 : 0);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
                long q = 0;
                for (int i = offset; i < offset + n; i++) {
                    q += buffer[i] == '"' ? 1 : 0;
                }
                quotes.addAndGet(q);
            }
            return n;
        }
    }

    /**
     * The file line where the record holding line {@code line} starts: the server counts lines
     * (a quoted newline included) and names the one where a failing record ends. Empty lines
     * count unless {@code skipEmpty}, as they do for the server reading the raw file.
     */
    public static long startOfRecordAt(Path file, CsvOptions options, long line, boolean skipEmpty) throws IOException {
        long start = -1;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(options.delimiter())
                .skipEmptyLines(skipEmpty).allowExtraFields(true).allowMissingFields(true).detectBomHeader(false)
                .ofCsvRecord(reader(file, options, new AtomicLong()))) {
            for (CsvRecord record : reader) {
                if (record.getStartingLineNumber() > line) {
                    break;
                }
                start = record.getStartingLineNumber();
            }
        }
        return start;
    }
}
