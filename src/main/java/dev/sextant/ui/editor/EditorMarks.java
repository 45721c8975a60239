package dev.sextant.ui.editor;

import dev.sextant.core.sql.ScriptAnalysis;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.sql.SqlToken;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

import java.util.ArrayList;
import java.util.List;

/**
 * The marks laid over the colours: the pair of brackets at the caret, the token the server's
 * error pointed at, and a bar in the gutter beside the statement under the caret. All of them read
 * the latest {@link ScriptAnalysis}, so a caret move costs a few look-ups, never a re-parse;
 * while an edit is not yet analysed they wait for the next analysis (a fraction of a second).
 */
final class EditorMarks {

    static final String BRACKET = "bracket-match";
    static final String UNMATCHED = "bracket-unmatched";
    static final String ERROR = "error-mark";

    /** A span of text carrying one of our overlay classes, so it can be taken off again. */
    private record Mark(int from, int to, String styleClass) {
    }

    private final CodeArea area;
    private ScriptAnalysis analysis;
    private int analysedLength;
    private final List<Mark> marks = new ArrayList<>();
    private int errorOffset = -1;
    private final StatementGutter gutter;

    EditorMarks(CodeArea area, StatementGutter gutter) {
        this.area = area;
        this.gutter = gutter;
        area.caretPositionProperty().addListener((obs, old, now) -> caretMoved());
        area.plainTextChanges().subscribe(this::textChanged);
    }

    /** New colours were just applied for the current text (they replaced every overlay). */
    void analysed(ScriptAnalysis current) {
        analysis = current;
        analysedLength = area.getLength();
        marks.clear();
        if (errorOffset >= 0) {
            markError(errorOffset);
        }
        caretMoved();
    }

    /** Underlines the token at {@code offset} until the text changes. */
    void markError(int offset) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        errorOffset = Math.min(offset, length - 1); // "at end of input" points just past the text
        SqlToken token = analysis == null ? null : analysis.tokenAt(errorOffset);
        int from = token == null ? errorOffset : token.start();
        int to = token == null ? errorOffset + 1 : token.end();
        add(new Mark(from, to, ERROR));
    }

    /** The edit makes the analysis and the error stale; overlays come off where they now stand. */
    private void textChanged(PlainTextChange change) {
        analysis = null;
        errorOffset = -1;
        List<Mark> old = List.copyOf(marks);
        marks.clear();
        for (Mark m : old) {
            int from = shifted(m.from(), change);
            int to = Math.max(from, Math.min(shifted(m.to(), change), area.getLength()));
            restyle(new Mark(from, to, m.styleClass()), false);
        }
    }

    private static int shifted(int offset, PlainTextChange change) {
        if (offset <= change.getPosition()) {
            return offset;
        }
        if (offset >= change.getRemovalEnd()) {
            return offset + change.getNetLength();
        }
        return change.getPosition();
    }

    private void caretMoved() {
        // The caret may hear of an edit before we do; a changed length says the analysis is stale.
        if (analysis == null || area.getLength() != analysedLength) {
            return;
        }
        for (Mark m : List.copyOf(marks)) {
            if (!m.styleClass().equals(ERROR)) {
                marks.remove(m);
                restyle(m, false);
            }
        }
        int caret = area.getCaretPosition();
        int bracket = analysis.isBracketAt(caret - 1) ? caret - 1 : analysis.isBracketAt(caret) ? caret : -1;
        if (bracket >= 0) {
            int partner = analysis.partnerOf(bracket);
            add(new Mark(bracket, bracket + 1, partner < 0 ? UNMATCHED : BRACKET));
            if (partner >= 0) {
                add(new Mark(partner, partner + 1, BRACKET));
            }
        }
        markStatement(caret);
    }

    /** Only with more than one statement is there a question which one Run takes. */
    private void markStatement(int caret) {
        SqlStatement statement = analysis.statements().size() > 1 ? analysis.statementAt(caret) : null;
        if (statement == null) {
            gutter.mark(-1, -1);
            return;
        }
        gutter.mark(area.offsetToPosition(statement.start(), Bias.Forward).getMajor(),
                area.offsetToPosition(statement.end(), Bias.Backward).getMajor());
    }

    private void add(Mark mark) {
        if (mark.from() < mark.to() && mark.to() <= area.getLength()) {
            marks.add(mark);
            restyle(mark, true);
        }
    }

    /** Adds or takes off the mark's class, keeping the colours underneath. */
    private void restyle(Mark m, boolean on) {
        if (m.from() >= m.to() || m.to() > area.getLength()) {
            return;
        }
        area.setStyleSpans(m.from(), area.getStyleSpans(m.from(), m.to()).mapStyles(style -> {
            List<String> classes = new ArrayList<>(style);
            classes.remove(m.styleClass());
            if (on) {
                classes.add(m.styleClass());
            }
            return classes;
        }));
    }
}
