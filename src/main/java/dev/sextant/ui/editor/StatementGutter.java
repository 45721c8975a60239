package dev.sextant.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.util.function.IntFunction;

/**
 * The editor's left gutter: line numbers, and a thin bar beside the lines of the statement Run
 * would take. The bar lives in the gutter rather than in paragraph styles because RichTextFX
 * only builds gutters for visible lines: moving to another statement restyles a screenful, not
 * every line of a long statement.
 */
final class StatementGutter implements IntFunction<Node> {

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current-statement");

    /** Paragraphs {@code first..last}, inclusive; {@link #NONE} when nothing is marked. */
    record Lines(int first, int last) {
        boolean contains(int paragraph) {
            return paragraph >= first && paragraph <= last;
        }
    }

    static final Lines NONE = new Lines(-1, -2);

    private final IntFunction<Node> lineNumbers;
    private final ObjectProperty<Lines> marked = new SimpleObjectProperty<>(this, "marked", NONE);

    StatementGutter(CodeArea area) {
        this.lineNumbers = LineNumberFactory.get(area);
    }

    /** Marks paragraphs {@code first..last}; -1 for none. */
    void mark(int first, int last) {
        marked.set(first < 0 ? NONE : new Lines(first, last));
    }

    Lines marked() {
        return marked.get();
    }

    @Override
    public Node apply(int paragraph) {
        return new Line(paragraph, lineNumbers.apply(paragraph));
    }

    /** One line's gutter. Bindings observe {@code marked} weakly, so gutters of lines scrolled away can go. */
    private final class Line extends HBox {
        private final BooleanBinding current;

        Line(int paragraph, Node number) {
            Region bar = new Region();
            bar.getStyleClass().add("statement-bar");
            getChildren().addAll(number, bar);
            getStyleClass().add("statement-gutter");
            current = Bindings.createBooleanBinding(() -> marked.get().contains(paragraph), marked);
            current.addListener((obs, was, is) -> pseudoClassStateChanged(CURRENT, is));
            pseudoClassStateChanged(CURRENT, current.get());
        }
    }
}
