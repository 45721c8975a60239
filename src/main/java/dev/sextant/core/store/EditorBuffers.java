package dev.sextant.core.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sextant.core.connect.ConnectionSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * The editor tabs' text, kept in {@code editor-buffers.json} under the {@link AppHome} so it
 * survives a restart or a crash. Each save replaces the whole file through a temporary file and
 * an atomic rename, so a crash mid-write leaves the previous version, never half a file. A
 * connection is stored as its fields; the password has no place in the format.
 */
public final class EditorBuffers {

    static final String FILE = "editor-buffers.json";
    static final int VERSION = 1;

    /**
     * One tab as it was.
     *
     * @param title      the tab's title, without the modified mark
     * @param text       everything in the editor
     * @param caret      the caret's offset in {@code text}
     * @param connection where the tab was connected (never with a password)
     * @param sqlFile    the .sql file the tab is bound to, or null
     * @param unsaved    the text holds work that is in no file (closing the tab would lose it)
     * @param autocommit the tab's mode: a tab in manual mode comes back in manual mode, so text it
     *                   rolled back is not one Run away from being committed
     */
    public record Buffer(String title, String text, int caret, ConnectionSpec connection, Path sqlFile,
                         boolean unsaved, boolean autocommit) {
        public Buffer {
            Objects.requireNonNull(connection, "connection");
            text = text == null ? "" : text;
            title = title == null ? connection.displayName() : title;
        }

        /** A tab in autocommit mode. */
        public Buffer(String title, String text, int caret, ConnectionSpec connection, Path sqlFile, boolean unsaved) {
            this(title, text, caret, connection, sqlFile, unsaved, true);
        }
    }

    /** Every tab, in tab order, and which one was selected. */
    public record Snapshot(List<Buffer> buffers, int selected) {
        public Snapshot {
            buffers = List.copyOf(buffers);
        }

        public static Snapshot empty() {
            return new Snapshot(List.of(), -1);
        }
    }

    /** {@code autocommit} is null in files written before tabs kept their mode: those were in autocommit. */
    record BufferEntry(String title, String text, int caret, StoredSpec connection, String sqlFile, boolean unsaved,
                       Boolean autocommit) {
    }

    record BuffersFile(int version, int selected, List<BufferEntry> tabs) {
    }

    private final Path dir;
    private long lastWritten = Long.MIN_VALUE;

    /** Made on first use, off the FX thread: Jackson's set-up is no part of the first paint. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public EditorBuffers(AppHome home) {
        this.dir = home.dir();
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /** Writes the snapshot, whatever came before. */
    public void save(Snapshot snapshot) throws IOException {
        save(snapshot, Long.MAX_VALUE);
    }

    /**
     * Writes the snapshot unless a later one (higher {@code sequence}) was already written: saves
     * run on a pool, so an older snapshot may arrive after a newer one and must not win.
     *
     * @return whether the file was written
     */
    public synchronized boolean save(Snapshot snapshot, long sequence) throws IOException {
        if (sequence < lastWritten) {
            return false;
        }
        List<BufferEntry> tabs = snapshot.buffers().stream().map(b -> new BufferEntry(b.title(), b.text(), b.caret(),
                StoredSpec.of(b.connection()), b.sqlFile() == null ? null : b.sqlFile().toString(), b.unsaved(),
                b.autocommit())).toList();
        Path temporary = Files.createTempFile(dir, FILE, ".tmp");
        try {
            Json.MAPPER.writeValue(temporary.toFile(), new BuffersFile(VERSION, snapshot.selected(), tabs));
            Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        lastWritten = sequence;
        return true;
    }

    /** What was saved last, or an empty snapshot when nothing was. */
    public synchronized Snapshot load() throws IOException {
        if (!Files.exists(file())) {
            return Snapshot.empty();
        }
        BuffersFile read = Json.MAPPER.readValue(file().toFile(), BuffersFile.class);
        List<BufferEntry> tabs = read.tabs() == null ? List.of() : read.tabs();
        List<Buffer> buffers = tabs.stream().filter(t -> t.connection() != null).map(t -> new Buffer(t.title(),
                t.text(), t.caret(), t.connection().toSpec(), t.sqlFile() == null ? null : Path.of(t.sqlFile()),
                t.unsaved(), t.autocommit() == null || t.autocommit())).toList();
        return new Snapshot(buffers, read.selected());
    }
}
