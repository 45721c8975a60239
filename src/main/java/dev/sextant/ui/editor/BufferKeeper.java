package dev.sextant.ui.editor;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.run.Message;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.store.EditorBuffers;
import dev.sextant.core.store.RememberedPasswords;
import dev.sextant.core.task.BackgroundRunner;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Keeps the editor tabs across restarts and crashes: about a second after typing stops (or a
 * tab opens or closes) it writes every tab's text to {@link EditorBuffers} on the background
 * runner, and at start it opens the tabs it finds there again. When that stops working the
 * user hears it once, in one sentence, through the {@code problems} sink: crash recovery that
 * silently stopped is worse than none.
 */
public final class BufferKeeper {

    /** What the main window lends: its tabs, and a way to open one as it was. */
    public interface Host {
        List<EditorTabView> editors();

        EditorTabView selectedEditor();

        /**
         * Opens a tab on {@code endpoint} in the mode it had; {@code connect} false leaves it
         * unconnected (no password known).
         */
        EditorTabView openRestored(Endpoint endpoint, String title, String text, boolean autocommit, boolean connect);

        /** A restored tab needs a password: the connection dialog opens, filled in with its connection. */
        void signIn(EditorTabView view);

        void select(EditorTabView view);
    }

    static final Duration QUIET = Duration.seconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(BufferKeeper.class);

    private final EditorBuffers buffers;
    private final RememberedPasswords passwords;
    private final BackgroundRunner runner;
    private final Host host;
    private final Consumer<String> problems;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final AtomicLong sequence = new AtomicLong();
    private boolean restoring = true;
    private boolean savingFails;

    /** @param problems told, on the FX thread, one sentence when keeping or reading the text fails */
    public BufferKeeper(EditorBuffers buffers, RememberedPasswords passwords, BackgroundRunner runner, Host host,
                        Consumer<String> problems) {
        this.buffers = buffers;
        this.passwords = passwords;
        this.runner = runner;
        this.host = host;
        this.problems = problems;
        quiet.setOnFinished(e -> saveNow());
    }

    /** Saves again whenever the tab's text changes. */
    public void watch(EditorTabView view) {
        view.editor().textProperty().addListener((obs, old, now) -> changed());
    }

    /** Something worth keeping changed: save once things are quiet for a second. */
    public void changed() {
        if (!restoring) {
            quiet.playFromStart();
        }
    }

    /** Writes every tab now, in the background (at quit, and when the pause ends). */
    public void saveNow() {
        quiet.stop();
        if (restoring) {
            return; // until the old tabs are back, an empty window must not overwrite them
        }
        EditorBuffers.Snapshot snapshot = snapshot();
        long number = sequence.incrementAndGet();
        runner.run(() -> buffers.save(snapshot, number), saved -> savingFails = false, this::saveFailed);
    }

    /** Told once, and again only after a save has worked in between. */
    private void saveFailed(Throwable error) {
        LOG.warn("Could not keep the editor text in {}", buffers.file(), error);
        if (!savingFails) {
            savingFails = true;
            problems.accept("Crash recovery is not working: Sextant could not save the editor text to "
                    + buffers.file() + " (" + reason(error) + ").");
        }
    }

    private static String reason(Throwable error) {
        String sentence = PlainError.of(error).sentence();
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private EditorBuffers.Snapshot snapshot() {
        List<EditorBuffers.Buffer> tabs = new ArrayList<>();
        List<EditorTabView> editors = host.editors();
        for (EditorTabView view : editors) {
            TabDocument document = TabDocument.of(view);
            tabs.add(new EditorBuffers.Buffer(document.title(), document.text(), view.editor().getCaretPosition(),
                    view.model().endpoint().spec(), document.file(), document.unsaved(), view.model().autocommitMode()));
        }
        return new EditorBuffers.Snapshot(tabs, editors.indexOf(host.selectedEditor()));
    }

    private record Restored(EditorBuffers.Buffer buffer, Optional<String> password) {
    }

    /** @param problem a sentence for the user when the kept text could not be read, else null */
    private record Loaded(List<Restored> tabs, int selected, String problem) {
    }

    /**
     * Opens the tabs kept from the last run; when there are none, runs {@code otherwise} (the
     * sample tab). A file that cannot be read is moved aside, never overwritten.
     */
    public void restoreOrElse(Runnable otherwise) {
        runner.run(this::load, loaded -> {
            restoring = false;
            List<Restored> kept = loaded.tabs();
            if (kept.isEmpty()) {
                otherwise.run();
                if (loaded.problem() != null) {
                    problems.accept(loaded.problem());
                }
                return;
            }
            List<EditorTabView> opened = new ArrayList<>();
            for (Restored r : kept) {
                opened.add(open(r));
            }
            int selected = loaded.selected();
            if (selected >= 0 && selected < opened.size()) {
                host.select(opened.get(selected));
            }
            EditorTabView shown = host.selectedEditor();
            if (shown != null && !shown.model().isConnected() && !shown.model().busyProperty().get()) {
                host.signIn(shown);
            }
        }, error -> {
            LOG.warn("Could not read the kept editor text", error);
            restoring = false;
            otherwise.run();
            problems.accept("The editor tabs of the last run could not be brought back (" + reason(error) + ").");
        });
    }

    private Loaded load() throws IOException {
        EditorBuffers.Snapshot snapshot;
        try {
            snapshot = buffers.load();
        } catch (IOException e) {
            Path aside = buffers.file().resolveSibling(buffers.file().getFileName() + ".unreadable");
            Files.move(buffers.file(), aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("The kept editor text could not be read; moved it to {}", aside, e);
            return new Loaded(List.of(), -1, "The editor tabs of the last run could not be read; their file was"
                    + " moved to " + aside + ".");
        }
        List<Restored> kept = new ArrayList<>();
        for (EditorBuffers.Buffer buffer : snapshot.buffers()) {
            kept.add(new Restored(buffer, passwords.find(buffer.connection())));
        }
        return new Loaded(kept, snapshot.selected(), null);
    }

    private EditorTabView open(Restored r) {
        EditorBuffers.Buffer buffer = r.buffer();
        boolean needsPassword = buffer.connection().engine().capabilities().passwords();
        boolean connect = !needsPassword || r.password().isPresent();
        Endpoint endpoint = new Endpoint(buffer.connection(), r.password().orElse(null));
        EditorTabView view = host.openRestored(endpoint, buffer.title(), buffer.text(), buffer.autocommit(), connect);
        view.editor().moveTo(Math.max(0, Math.min(buffer.caret(), buffer.text().length())));
        TabDocument.of(view).restore(buffer.sqlFile(), buffer.unsaved());
        if (!connect) {
            view.model().messages().add(Message.info("Not connected: Sextant knows no password for "
                    + buffer.connection().displayName() + ". Sign in in the Connect dialog (it opens filled in with"
                    + " this tab's connection); this tab then uses it."));
        }
        return view;
    }
}
