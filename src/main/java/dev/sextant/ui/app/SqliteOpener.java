package dev.sextant.ui.app;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SqlSession;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens SQLite files picked with Open file or dropped onto the window. The file is opened and
 * checked off the FX thread; a file that is not a database gets one sentence and changes nothing.
 */
final class SqliteOpener {

    private final AppServices services;
    private final ConnectionsTree.Teller host;
    private final BiConsumer<Endpoint, SqlSession> opened;

    SqliteOpener(AppServices services, ConnectionsTree.Teller host, BiConsumer<Endpoint, SqlSession> opened) {
        this.services = services;
        this.host = host;
        this.opened = opened;
    }

    void open(Path file) {
        Endpoint endpoint = Endpoint.of(ConnectionSpec.sqlite(file));
        host.tell("Opening " + file.getFileName() + "…", null, false);
        services.side().run(() -> {
            SqlSession session = SqlSession.open(endpoint);
            services.saved().noteRecentFile(endpoint.spec().file());
            return session;
        }, session -> opened.accept(endpoint, session), error -> reportFailure(file, error));
    }

    /**
     * Dropping .db, .sqlite or .sqlite3 files onto {@code target} opens each of them; a dropped
     * .csv or .tsv file goes to {@code csvDropped} (the import dialog).
     */
    void acceptDrops(Node target, Consumer<Path> csvDropped) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> isDatabaseFile(f) || isCsvFile(f))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            files.stream().filter(SqliteOpener::isDatabaseFile).forEach(f -> open(f.toPath()));
            files.stream().filter(SqliteOpener::isCsvFile).findFirst().ifPresent(f -> csvDropped.accept(f.toPath()));
            e.setDropCompleted(files.stream().anyMatch(f -> isDatabaseFile(f) || isCsvFile(f)));
            e.consume();
        });
    }

    static boolean isCsvFile(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    static boolean isDatabaseFile(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlite3");
    }

    private void reportFailure(Path file, Throwable error) {
        PlainError plain = PlainError.of(error);
        String reason = plain.sentence();
        String sentence = "Could not open " + file.getFileName() + ": "
                + (reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
        host.tell(sentence, plain.detail(), true);
    }
}
