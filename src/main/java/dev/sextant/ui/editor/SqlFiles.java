package dev.sextant.ui.editor;

import dev.sextant.ui.dialogs.SqlFilePicker;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.task.BackgroundRunner;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Opens .sql files into editor tabs and saves tabs to .sql files. Reading and writing run on
 * the background runner; a save goes through a temporary file beside the target and a rename,
 * so a crash never leaves the user's file half written.
 */
public final class SqlFiles {

    /** What the main window lends: its tabs, its window and its messages. */
    public interface Host {
        /** The selected tab, or null. */
        EditorTabView selectedEditor();

        /** A new tab on the same connection as {@code like}, holding {@code text}. */
        EditorTabView openEditorLike(EditorTabView like, String title, String text);

        Window window();

        void tell(String sentence, String detail, boolean error);
    }

    private final SqlFilePicker picker;
    private final BackgroundRunner runner;
    private final Host host;

    public SqlFiles(SqlFilePicker picker, BackgroundRunner runner, Host host) {
        this.picker = picker;
        this.runner = runner;
        this.host = host;
    }

    /** Asks for a file and opens it: into the selected tab if that is empty, else into a new tab on its connection. */
    public void open() {
        EditorTabView like = host.selectedEditor();
        if (like == null) {
            host.tell("Open a database first: a .sql file opens on the selected tab's connection.", null, true);
            return;
        }
        picker.openSqlFile(host.window()).ifPresent(file -> runner.run(() -> read(file), text -> {
            EditorTabView target = like.editor().getText().isBlank() && like.tab().getTabPane() != null ? like
                    : host.openEditorLike(like, file.getFileName().toString(), text);
            if (target == like) {
                like.editor().replaceText(text);
                like.editor().moveTo(0);
            }
            TabDocument.of(target).boundTo(file, text);
        }, error -> host.tell("Could not open " + file.getFileName() + ": " + lowerFirst(sentence(error)),
                PlainError.of(error).detail(), true)));
    }

    /** Saves the tab to its file, asking for one the first time; then runs {@code afterSaved}. */
    public void save(EditorTabView view, Runnable afterSaved) {
        TabDocument document = TabDocument.of(view);
        if (document.file() == null) {
            saveAs(view, afterSaved);
        } else {
            write(document, document.file(), afterSaved);
        }
    }

    /** Asks where to save the tab, then saves it there; cancelling the question saves nothing. */
    public void saveAs(EditorTabView view, Runnable afterSaved) {
        TabDocument document = TabDocument.of(view);
        String suggested = document.file() != null ? document.file().getFileName().toString()
                : document.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".sql";
        picker.saveSqlFile(host.window(), suggested).ifPresent(file -> write(document, file, afterSaved));
    }

    private void write(TabDocument document, Path file, Runnable afterSaved) {
        String text = document.text();
        runner.run(() -> {
            writeAtomically(file, text);
            return file;
        }, saved -> {
            document.boundTo(saved, text);
            host.tell("Saved " + saved.getFileName() + ".", null, false);
            afterSaved.run();
        }, error -> host.tell("Could not save " + file.getFileName() + ": " + lowerFirst(sentence(error)),
                PlainError.of(error).detail(), true));
    }

    static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text.", e);
        }
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String sentence(Throwable error) {
        if (error instanceof java.nio.file.NoSuchFileException) {
            return "no such file.";
        }
        if (error instanceof java.nio.file.AccessDeniedException) {
            return "permission denied.";
        }
        return error instanceof IOException && error.getMessage() != null ? error.getMessage()
                : PlainError.of(error).sentence();
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
