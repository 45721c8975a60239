package dev.sextant.core.postgres;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.sextant.core.io.CsvFile;
import dev.sextant.core.io.CsvImportException;
import dev.sextant.core.io.ImportColumn;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.core.io.ImportProgress;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Loads a CSV file into PostgreSQL with {@code COPY … FROM STDIN}, the path psql's {@code \copy}
 * takes, so it needs no superuser and runs as fast. When every column is kept and the server
 * reads the file's encoding, the file's bytes go to the server as they are; otherwise each record
 * is re-written as UTF-8 CSV of the kept fields.
 */
final class PostgresCsvLoad {

    private static final int CHUNK = 1 << 16;

    private PostgresCsvLoad() {
    }

    /** Copies the file into the (created) table; returns the rows the server says it stored. */
    static long load(Connection connection, ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled)
            throws SQLException, IOException, CsvImportException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), plan.loadSql(), CHUNK);
        try {
            boolean raw = PostgresTransfer.sendsRawBytes(plan);
            if (raw) {
                sendBytes(copy, plan, progress, cancelled);
            } else {
                sendRecords(copy, plan, progress, cancelled);
            }
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void sendBytes(PGCopyOutputStream copy, ImportPlan plan, ImportProgress progress,
                                  BooleanSupplier cancelled) throws IOException, CsvImportException {
        long size = Math.max(1, Files.size(plan.file()));
        AtomicLong read = new AtomicLong();
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = CsvFile.bytes(plan.file(), plan.options(), read)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                copy.write(buffer, 0, n);
                checkCancelled(cancelled);
                progress.at(-1, (double) read.get() / size);
            }
        }
    }

    /** The kept fields of each record, as CSV in UTF-8: for skipped columns and encodings the server cannot read. */
    private static void sendRecords(PGCopyOutputStream copy, ImportPlan plan, ImportProgress progress,
                                    BooleanSupplier cancelled) throws IOException, CsvImportException {
        long size = Math.max(1, Files.size(plan.file()));
        AtomicLong read = new AtomicLong();
        List<ImportColumn> columns = plan.columns();
        // Not closed: closing would close the COPY stream, which endCopy() must do instead.
        CsvWriter writer = CsvWriter.builder().fieldSeparator(plan.options().delimiter())
                .build(new NotClosing(copy), StandardCharsets.UTF_8);
        long rows = 0;
        try (CsvReader<CsvRecord> reader = CsvFile.records(plan.file(), plan.options(), read)) {
            for (CsvRecord record : reader) {
                writeKept(writer, record, columns); // a header line too: the COPY says HEADER and skips it
                if (++rows % 10_000 == 0) {
                    checkCancelled(cancelled);
                    progress.at(rows, (double) read.get() / size);
                }
            }
        }
        writer.flush();
    }

    private static void writeKept(CsvWriter writer, CsvRecord record, List<ImportColumn> columns) {
        String[] kept = new String[(int) columns.stream().filter(c -> !c.skip()).count()];
        for (int i = 0, k = 0; i < columns.size(); i++) {
            if (!columns.get(i).skip()) {
                kept[k++] = i < record.getFieldCount() ? record.getField(i) : "";
            }
        }
        writer.writeRecord(kept);
    }

    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) throws CsvImportException {
        if (cancelled.getAsBoolean()) {
            throw new CsvImportException("The import was cancelled; nothing was imported.");
        }
    }
}
