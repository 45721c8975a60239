package dev.sextant.ui.editor;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Tab;
import org.fxmisc.richtext.CodeArea;

import java.util.function.BooleanSupplier;

/**
 * Everything one tab's editor shows about its SQL beyond the text: line numbers with the
 * statement bar, colours, the bracket pair, and where the server's error points after a run.
 */
final class EditorLook {

    private final CodeArea editor;
    private final BooleanSupplier active;
    private final SqlHighlighting highlighting;
    private final EditorMarks marks;
    private long edits;
    private long editsAtRun = -1;

    /**
     * Attach before the first text goes in, so that it gets coloured too.
     *
     * @param errorOffset where the last run's error points (absolute offset), -1 for none
     * @param active      whether the tab is the selected one (only then may the editor take the focus)
     */
    EditorLook(CodeArea editor, ObservableIntegerValue errorOffset, BooleanSupplier active) {
        this.editor = editor;
        this.active = active;
        StatementGutter gutter = new StatementGutter(editor);
        editor.setParagraphGraphicFactory(gutter);
        marks = new EditorMarks(editor, gutter);
        highlighting = new SqlHighlighting(editor, highlight -> marks.analysed(highlight.analysis()));
        editor.plainTextChanges().subscribe(change -> edits++);
        errorOffset.addListener((obs, old, now) -> showError(now.intValue()));
    }

    /** The text as it stands is what is about to run: an error position will refer to it. */
    void runStarting() {
        editsAtRun = edits;
    }

    /** Ends the highlighting thread once the tab has been closed. */
    void closeWith(Tab tab) {
        tab.tabPaneProperty().addListener((obs, old, now) -> {
            if (old != null && now == null) {
                highlighting.dispose();
            }
        });
    }

    /** Marks where the server's error points and puts the caret there, unless the text changed since the run. */
    private void showError(int offset) {
        if (offset < 0 || edits != editsAtRun || offset > editor.getLength()) {
            return;
        }
        marks.markError(offset);
        editor.moveTo(offset);
        editor.requestFollowCaret();
        if (active.getAsBoolean()) {
            editor.requestFocus(); // the next thing the user does is fix it
        }
    }
}
