package dev.sextant.ui.editor;

import dev.sextant.core.complete.Catalog;
import dev.sextant.core.complete.CatalogCache;
import dev.sextant.core.complete.Completions;
import dev.sextant.core.complete.Suggestion;
import dev.sextant.core.complete.Typing;
import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.task.BackgroundRunner;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The editor's completion popup ({@code completionPopup}, a ListView): opens on Ctrl+Space, and
 * by itself as the user types a name where a table or column fits or after a dot. The
 * suggestions are worked out on the completion runner from a copy of the text, so the FX
 * thread only copies the text and shows the answer; the newest keystroke's answer wins, and a
 * word that grows is ranked from the last answer's matches ({@link Typing}). The list stays
 * inside the editor and beside its buttons ({@link PopupPlacement}); a click elsewhere closes it
 * and still does its job. Enter or Tab inserts, Esc closes, Up and Down choose.
 */
public final class CompletionPopup {

    private static final KeyCombination CTRL_SPACE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
    private static final Set<KeyCode> CARET_MOVES = Set.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.HOME, KeyCode.END,
            KeyCode.PAGE_UP, KeyCode.PAGE_DOWN);
    private static final int ROWS = 12;
    private static final double WIDTH = 460;
    /** One empty catalog for every request before the first read: the same one, so narrowing still works. */
    private static final Catalog NOTHING_READ = Catalog.empty(List.of(), Set.of());

    private final CodeArea editor;
    private final Supplier<CatalogCache> cache;
    private final Supplier<SqlDialect> dialect;
    private final BackgroundRunner runner;
    /** Touched only on the completion runner's one thread. */
    private final Typing typing = new Typing();
    private List<Node> keepClear = List.of();
    private final Popup popup = new Popup();
    private final ListView<Suggestion> list = new ListView<>();
    private final Label placeholder = new Label();
    private final AtomicInteger newest = new AtomicInteger();
    private BackgroundRunner.Running pending;
    private CatalogCache listened;
    private Completions shown;
    private boolean asked;
    private boolean typed;
    private boolean scrolled;

    private CompletionPopup(CodeArea editor, Supplier<CatalogCache> cache, Supplier<SqlDialect> dialect,
                            BackgroundRunner runner) {
        this.editor = editor;
        this.cache = cache;
        this.dialect = dialect;
        this.runner = runner;
        list.setId("completionPopup");
        list.getStyleClass().add("completion-popup");
        list.setCellFactory(view -> new SuggestionCell());
        list.setPlaceholder(placeholder);
        list.setPrefWidth(WIDTH);
        list.setFocusTraversable(false);
        list.setFixedCellSize(PopupPlacement.ROW); // the list never measures its rows: less FX time per key
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                insertSelected();
            }
        });
        // A popup's scene has no .root: without one, the theme's colour variables do not resolve in it.
        StackPane root = new StackPane(list);
        root.getStyleClass().add("root");
        popup.getContent().add(root);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false); // a click elsewhere (Run, say) closes the list and still does its job
        popup.setOnHidden(e -> asked = false);
    }

    /**
     * Gives {@code editor} completion from the cache {@code cache} names (read when the popup
     * needs it: a tab may change connection), its text read by {@code dialect}'s rules (the
     * tab's engine's), worked out on {@code runner}: one thread, delivering on the FX thread.
     */
    public static CompletionPopup attach(CodeArea editor, Supplier<CatalogCache> cache, Supplier<SqlDialect> dialect,
                                         BackgroundRunner runner) {
        CompletionPopup completion = new CompletionPopup(editor, cache, dialect, runner);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, completion::keyPressed);
        editor.addEventFilter(KeyEvent.KEY_TYPED, completion::keyTyped);
        editor.plainTextChanges().subscribe(change -> completion.textChanged());
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                completion.hide();
            }
        });
        return completion;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** Controls over the editor that the list must never cover (its Explain buttons). */
    public CompletionPopup keepClearOf(List<Node> controls) {
        keepClear = List.copyOf(controls);
        return this;
    }

    private void keyPressed(KeyEvent e) {
        if (CTRL_SPACE.match(e)) {
            asked = true;
            request();
            e.consume();
        } else if (popup.isShowing()) {
            steer(e);
        }
    }

    private void steer(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int size = list.getItems().size();
            if (size > 0) {
                int at = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
                list.getSelectionModel().select(Math.floorMod(at, size));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                scrolled = true;
            }
            e.consume();
        } else if (code == KeyCode.ENTER && !asked && typedInFull()) {
            hide(); // the name is already typed out: Enter is the new line the user meant
        } else if ((code == KeyCode.ENTER || code == KeyCode.TAB) && !list.getItems().isEmpty()) {
            insertSelected();
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            hide();
            e.consume();
        } else if (CARET_MOVES.contains(code)) {
            hide();
        }
    }

    /** A character typed: the text change that follows may open or update the popup. */
    private void keyTyped(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            return; // the character of Ctrl+Space (or another shortcut) types nothing
        }
        String c = e.getCharacter();
        boolean nameOrDot = !c.isEmpty() && (Character.isLetterOrDigit(c.charAt(0)) || "_.\"$".indexOf(c.charAt(0)) >= 0);
        typed = nameOrDot;
        if (!nameOrDot && popup.isShowing()) {
            hide();
        }
    }

    private void textChanged() {
        if (typed || popup.isShowing()) {
            request();
        }
        typed = false;
    }

    /** Works out the suggestions for the caret as it is now, off the FX thread. */
    private void request() {
        CatalogCache names = cache.get();
        names.load();
        Catalog catalog = names.current();
        String text = editor.getText();
        int caret = editor.getCaretPosition();
        if (pending != null) {
            pending.cancel();
        }
        Catalog using = catalog == null ? NOTHING_READ : catalog;
        SqlDialect lexing = dialect.get();
        int mine = newest.incrementAndGet();
        // Keys typed faster than suggestions are worked out: only the newest request does the work.
        pending = runner.run(() -> mine == newest.get() ? typing.at(using, text, caret, lexing) : null,
                found -> {
                    if (found != null) {
                        show(found, catalog == null);
                    }
                }, error -> showProblem(PlainError.of(error).sentence()));
        if (names != listened) {
            listened = names;
            names.onRead(read -> {
                if (popup.isShowing()) {
                    request();
                }
            });
        }
    }

    private void show(Completions found, boolean stillLoading) {
        if (!asked && !popup.isShowing() && !found.unasked()) {
            return;
        }
        if (!asked && !stillLoading && found.items().isEmpty()) {
            hide();
            return;
        }
        Throwable failure = cache.get().failure();
        placeholder.setText(stillLoading ? (failure == null ? "loading…" : "Could not read the catalog: "
                + PlainError.of(failure).sentence()) : "No suggestions");
        shown = found;
        List<Suggestion> items = stillLoading ? List.of() : found.items();
        // Most keys change the list; one that does not (a letter every name shown has) costs no new cells.
        if (!items.equals(list.getItems())) {
            list.getItems().setAll(items);
            list.getSelectionModel().select(0);
            if (scrolled) {
                list.scrollTo(0); // a layout pass of its own: only when Up or Down moved the list
                scrolled = false;
            }
        }
        place();
    }

    private void showProblem(String sentence) {
        placeholder.setText(sentence);
        list.getItems().clear();
        place();
    }

    private void place() {
        Bounds caret = editor.getCaretBounds().orElse(null);
        Node view = editor.getParent() == null ? editor : editor.getParent();
        Bounds area = view.localToScreen(view.getBoundsInLocal());
        if (caret == null || area == null || editor.getScene() == null) {
            return;
        }
        double wanted = Math.max(1, Math.min(ROWS, list.getItems().size())) * PopupPlacement.ROW + PopupPlacement.BORDER;
        List<Bounds> clear = keepClear.stream().filter(Node::isVisible).map(n -> n.localToScreen(n.getBoundsInLocal()))
                .filter(java.util.Objects::nonNull).toList();
        Bounds box = PopupPlacement.of(area, caret, WIDTH, wanted, clear);
        if (list.getPrefWidth() != box.getWidth() || list.getPrefHeight() != box.getHeight()) {
            list.setPrefSize(box.getWidth(), box.getHeight());
            list.setMaxSize(box.getWidth(), box.getHeight());
        }
        if (!popup.isShowing()) {
            popup.show(editor, box.getMinX(), box.getMinY());
        } else if (popup.getAnchorX() != box.getMinX() || popup.getAnchorY() != box.getMinY()) {
            popup.setAnchorX(box.getMinX());
            popup.setAnchorY(box.getMinY());
        }
    }

    /** Whether the word before the caret already is the selected suggestion (so inserting it changes nothing). */
    private boolean typedInFull() {
        Suggestion chosen = list.getSelectionModel().getSelectedItem();
        int caret = editor.getCaretPosition();
        return chosen != null && shown != null && shown.replaceStart() <= caret
                && editor.getText(shown.replaceStart(), caret).equalsIgnoreCase(chosen.insert());
    }

    private void insertSelected() {
        Suggestion chosen = list.getSelectionModel().getSelectedItem();
        int caret = editor.getCaretPosition();
        if (chosen != null && shown != null && shown.replaceStart() <= caret) {
            editor.replaceText(shown.replaceStart(), caret, chosen.insert());
        }
        hide();
    }

    private void hide() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        popup.hide();
        asked = false;
    }
}
