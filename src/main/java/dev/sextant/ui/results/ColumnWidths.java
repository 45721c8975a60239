package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ValueText;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How wide a result column must be to show its header and its values uncut: measured with the
 * grid's font over a sample of the fetched rows (not only the first ones, where a long value in
 * row 900 would be missed), within bounds so one huge value cannot push the others off screen.
 */
final class ColumnWidths {

    static final double MIN = 56;
    static final double MAX = 520;
    /** Cell padding, the grid lines and room for the header's sort arrow. */
    private static final double PADDING = 26;
    /** Only the longest few texts are measured: measuring is slow, counting characters is not. */
    private static final int MEASURED = 12;

    private final Font font;
    private final Font bold;

    ColumnWidths(Font font) {
        this.font = font;
        this.bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    /** The width column {@code index} needs for its header and for every value in {@code sample}. */
    double fit(ResultColumn column, List<Object[]> sample, int index) {
        double header = Math.max(width(column.label(), bold),
                width(column.typeName() == null ? "" : column.typeName().toLowerCase(), font));
        double values = longest(sample, index).stream().mapToDouble(text -> width(text, font)).max().orElse(0);
        return Math.max(MIN, Math.min(MAX, Math.ceil(Math.max(header, values) + PADDING)));
    }

    /** The cell texts with the most characters, NULL counting as its word. */
    private static List<String> longest(List<Object[]> sample, int index) {
        return IntStream.range(0, sample.size())
                .mapToObj(i -> sample.get(i)[index])
                .map(value -> value == null ? "NULL" : ValueText.cell(value))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(MEASURED)
                .toList();
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
