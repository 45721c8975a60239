package dev.sextant.ui.editor;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.format.FormatResult;
import dev.sextant.core.format.SqlFormatting;
import dev.sextant.core.run.Message;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.CodeArea;

import java.util.function.Consumer;

/**
 * Ctrl+Shift+F: formats the selection, or the statement at the caret, in one change of the
 * editor's text, so one Undo brings the original back. A refusal leaves the text alone and says so.
 */
final class FormatCommand {

    private FormatCommand() {
    }

    static void run(CodeArea editor, Engine engine, Consumer<Message> messages) {
        IndexRange range = editor.getSelection();
        if (range.getLength() == 0) {
            SqlStatement atCaret = ScriptSplitter.statementAt(editor.getText(), editor.getCaretPosition());
            if (atCaret == null) {
                messages.accept(Message.notice("Put the caret in a statement, or select some SQL, to format it."));
                return;
            }
            range = new IndexRange(atCaret.start(), atCaret.end());
        }
        String original = editor.getText(range.getStart(), range.getEnd());
        FormatResult result = SqlFormatting.format(original, engine);
        if (result instanceof FormatResult.Refused refused) {
            messages.accept(Message.notice(refused.reason()));
            return;
        }
        String formatted = ((FormatResult.Formatted) result).text();
        if (formatted.equals(original)) {
            messages.accept(Message.info("Already formatted."));
            return;
        }
        // Kept apart from the typing before and after, so that Undo takes back exactly this.
        editor.getUndoManager().preventMerge();
        editor.replaceText(range.getStart(), range.getEnd(), formatted);
        editor.getUndoManager().preventMerge();
        editor.selectRange(range.getStart(), range.getStart() + formatted.length());
        messages.accept(Message.info("Formatted, every token as it was; Undo (Ctrl+Z) brings the original back."));
    }
}
