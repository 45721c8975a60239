package dev.sextant.core.io;

import dev.sextant.core.text.Wording;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One streaming pass over a whole CSV file: the header, the first rows for the preview, and each
 * column's type inferred from every value (not a sample: the one odd value in row 900,000 is
 * what breaks an import). Ragged lines and an unterminated quote are found here, before any row
 * is sent.
 */
public final class CsvScan {

    /** How far the pass has come, for a progress bar: bytes of the file and rows read. */
    public interface Progress {
        void at(long rows, double fraction);
    }

    /**
     * @param header  the column names as written in the file (or column1, column2… without a header)
     * @param types   each column's inferred type
     * @param preview the first rows as read
     * @param rows    how many data rows the file holds
     */
    public record Result(List<String> header, List<ColumnType> types, List<List<String>> preview, long rows) {
    }

    /** Rows the preview shows, and all that is read when every column is text. */
    public static final int PREVIEW_ROWS = 100;

    private CsvScan() {
    }

    /** Reads the whole file; {@code cancelled} is asked now and then, and stops the pass when true. */
    public static Result scan(Path file, CsvOptions options, Progress progress, BooleanSupplier cancelled)
            throws IOException, CsvImportException {
        return scan(file, options, progress, cancelled, Long.MAX_VALUE);
    }

    /**
     * Reads at most {@code maxRows} rows: with fewer than the whole file, for the preview of an
     * import that stores every column as text, the row count is -1 (not known) and the types are text.
     */
    public static Result scan(Path file, CsvOptions options, Progress progress, BooleanSupplier cancelled, long maxRows)
            throws IOException, CsvImportException {
        Pass pass = new Pass(options, maxRows, progress, cancelled, Math.max(1, Files.size(file)));
        AtomicLong quotes = new AtomicLong();
        try (CsvReader<CsvRecord> reader = CsvFile.records(file, options, pass.bytesRead, quotes)) {
            for (CsvRecord record : reader) {
                if (pass.read(record)) {
                    return pass.previewOnly();
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw CsvImportException.unreadable(e);
        }
        if (pass.header == null) {
            throw new CsvImportException("The file is empty: there is nothing to import.");
        }
        if (CsvFile.quotesAreBytes(options) && quotes.get() % 2 == 1) {
            throw new CsvImportException(String.format("A quoted value that starts on line %,d is never closed: "
                    + "the file ends inside it; nothing was imported.", pass.lastLine));
        }
        progress.at(pass.rows, 1.0);
        return pass.whole();
    }

    /** What one pass has seen so far: the header, each column's profile, the preview rows, the count. */
    private static final class Pass {
        final AtomicLong bytesRead = new AtomicLong();
        final List<ColumnProfile> profiles = new ArrayList<>();
        final List<List<String>> preview = new ArrayList<>();
        final CsvOptions options;
        final long maxRows;
        final Progress progress;
        final BooleanSupplier cancelled;
        final long size;
        List<String> header;
        long rows;
        long lastLine;

        Pass(CsvOptions options, long maxRows, Progress progress, BooleanSupplier cancelled, long size) {
            this.options = options;
            this.maxRows = maxRows;
            this.progress = progress;
            this.cancelled = cancelled;
            this.size = size;
        }

        /** Takes one record in; true once the rows asked for are read (a preview of fewer than all). */
        boolean read(CsvRecord record) throws CsvImportException {
            lastLine = record.getStartingLineNumber();
            if (header == null) {
                header = options.header() ? record.getFields() : numbered(record.getFieldCount());
                header.forEach(h -> profiles.add(new ColumnProfile()));
                if (options.header()) {
                    return false;
                }
            }
            checkWidth(record, header.size());
            for (int i = 0; i < header.size(); i++) {
                profiles.get(i).see(record.getField(i));
            }
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(record.getFields());
            }
            if (rows + 1 >= maxRows) {
                return true;
            }
            if (++rows % 50_000 == 0) {
                reportProgress();
            }
            return false;
        }

        private void reportProgress() throws CsvImportException {
            if (cancelled.getAsBoolean()) {
                throw new CsvImportException("The file's check was cancelled; nothing was imported.");
            }
            progress.at(rows, Math.min(1.0, (double) bytesRead.get() / size));
        }

        /** Only the first rows were read: every column is text, the row count not known. */
        Result previewOnly() {
            return new Result(header, header.stream().map(h -> ColumnType.TEXT).toList(), preview, -1);
        }

        Result whole() {
            return new Result(header, profiles.stream().map(ColumnProfile::type).toList(), preview, rows);
        }
    }

    private static List<String> numbered(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("column" + i);
        }
        return names;
    }

    private static void checkWidth(CsvRecord record, int width) throws CsvImportException {
        if (record.getFieldCount() != width) {
            throw new CsvImportException(String.format("Line %,d has %s where the header has %d; "
                            + "nothing was imported.", record.getStartingLineNumber(),
                    Wording.count(record.getFieldCount(), "field"), width));
        }
    }
}
