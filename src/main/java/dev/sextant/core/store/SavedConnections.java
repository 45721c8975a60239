package dev.sextant.core.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's saved connections ({@code connections.json}) and recently opened SQLite files
 * ({@code recent-files.json}) under the {@link AppHome}. Passwords never go into these files:
 * a saved password goes to {@link Secrets}, and only when the connection says {@code savePassword}.
 * Files are replaced whole through a temporary file, so a crash never leaves half a file.
 */
public final class SavedConnections {

    static final String CONNECTIONS_FILE = "connections.json";
    static final String RECENT_FILES = "recent-files.json";
    public static final int RECENT_FILES_KEPT = 10;

    private final Path dir;
    private final Secrets secrets;

    /** Made on first use: Jackson's set-up took 0.3-1 s of the app's cold start (docs/benchmarks.md, goal 5). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public SavedConnections(AppHome home, Secrets secrets) {
        this.dir = home.dir();
        this.secrets = secrets;
    }

    /** Saved connections in the order they were first saved. */
    public synchronized List<SavedConnection> list() throws IOException {
        return read().connections().stream().map(ConnectionsFile.Entry::toSaved).toList();
    }

    public synchronized Optional<SavedConnection> find(String name) throws IOException {
        return list().stream().filter(saved -> saved.name().equals(name)).findFirst();
    }

    /**
     * Adds the connection, or replaces the one of the same name. With {@code savePassword} the
     * password (if not null) goes to the secrets store; without it any stored one is forgotten.
     * The keychain is asked first: when it refuses, the file is left as it was and the caller
     * hears why, rather than a connection that says "password saved" with none behind it.
     */
    public synchronized void save(SavedConnection connection, String password) throws IOException {
        List<ConnectionsFile.Entry> entries = new ArrayList<>(read().connections());
        ConnectionsFile.Entry entry = ConnectionsFile.Entry.of(connection);
        int at = indexOf(entries, connection.name());
        if (at >= 0) {
            entries.set(at, entry);
        } else {
            entries.add(entry);
        }
        if (connection.savePassword() && password != null) {
            secrets.store(connection.name(), password);
        } else if (!connection.savePassword()) {
            secrets.forget(connection.name());
        }
        write(CONNECTIONS_FILE, new ConnectionsFile(ConnectionsFile.VERSION, entries));
    }

    /**
     * Removes the connection and its saved password. The password goes first: if the keychain
     * fails, the connection stays listed, so the user can retry instead of leaving a password
     * in the keychain that nothing in Sextant points at any more.
     */
    public synchronized void delete(String name) throws IOException {
        List<ConnectionsFile.Entry> entries = new ArrayList<>(read().connections());
        entries.removeIf(entry -> entry.name().equals(name));
        secrets.forget(name);
        write(CONNECTIONS_FILE, new ConnectionsFile(ConnectionsFile.VERSION, entries));
    }

    /** The saved password, if the user asked to keep it and the store still has it. */
    public Optional<String> password(String name) {
        return secrets.password(name);
    }

    /** False where there is no keychain: "save password" then lasts until Sextant closes, and the dialog says so. */
    public boolean passwordsSurviveRestart() {
        return secrets.persistent();
    }

    /** The sentence the dialog shows beside "Save password": the keychain, or memory until Sextant closes. */
    public String passwordKeeping() {
        return secrets.describe();
    }

    /** Recently opened SQLite files, most recent first. */
    public synchronized List<Path> recentFiles() throws IOException {
        Path file = dir.resolve(RECENT_FILES);
        if (!Files.exists(file)) {
            return List.of();
        }
        RecentFiles recent = Json.MAPPER.readValue(file.toFile(), RecentFiles.class);
        return recent.files() == null ? List.of() : recent.files().stream().map(Path::of).toList();
    }

    /** Puts the file first in the recent list, keeping at most {@link #RECENT_FILES_KEPT}. */
    public synchronized void noteRecentFile(Path opened) throws IOException {
        String path = opened.toAbsolutePath().normalize().toString();
        List<String> files = new ArrayList<>(recentFiles().stream().map(Path::toString).toList());
        files.remove(path);
        files.add(0, path);
        write(RECENT_FILES, new RecentFiles(files.subList(0, Math.min(files.size(), RECENT_FILES_KEPT))));
    }

    record RecentFiles(List<String> files) {
    }

    private ConnectionsFile read() throws IOException {
        Path file = dir.resolve(CONNECTIONS_FILE);
        return Files.exists(file) ? Json.MAPPER.readValue(file.toFile(), ConnectionsFile.class)
                : new ConnectionsFile(ConnectionsFile.VERSION, List.of());
    }

    private void write(String name, Object content) throws IOException {
        Path temporary = Files.createTempFile(dir, name, ".tmp");
        try {
            Json.MAPPER.writeValue(temporary.toFile(), content);
            Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int indexOf(List<ConnectionsFile.Entry> entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
