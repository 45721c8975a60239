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
final class CsvFile {

    private CsvFile() {
    }

    /** Records in file order; ragged lines are read as they are, for the caller to judge. */
    static CsvReader<CsvRecord> records(Path file, CsvOptions options, AtomicLong bytesRead) throws IOException {
        return CsvReader.builder().fieldSeparator(options.delimiter()).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).detectBomHeader(false)
                .ofCsvRecord(new InputStreamReader(bytes(file, options, bytesRead), options.charset()));
    }

    /** The file's bytes after its byte-order mark, counted into {@code bytesRead} as they are read. */
    static InputStream bytes(Path file, CsvOptions options, AtomicLong bytesRead) throws IOException {
        InputStream in = new Counting(Files.newInputStream(file), bytesRead);
        try {
            in.skipNBytes(options.bomBytes());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    static Reader reader(Path file, CsvOptions options, AtomicLong bytesRead) throws IOException {
        return new InputStreamReader(bytes(file, options, bytesRead), options.charset());
    }

    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    /**
     * The file line where the record holding line {@code line} starts: the server counts lines
     * (a quoted newline included) and names the one where a failing record ends. Empty lines
     * count unless {@code skipEmpty}, as they do for the server reading the raw file.
     */
    static long startOfRecordAt(Path file, CsvOptions options, long line, boolean skipEmpty) throws IOException {
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
