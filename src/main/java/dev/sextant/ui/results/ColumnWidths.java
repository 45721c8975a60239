package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ValueText;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.Arrays;
import java.util.List;

/**
 * How wide a result column must be to show its header and its values uncut: measured with the
 * grid's font over a sample of the fetched rows (not only the first ones, where a long value in
 * row 900 would be missed), within bounds so one huge value cannot push the others off screen.
 */
final class ColumnWidths {

    static final double MIN = 56;
    static final double MAX = 520;
    /** Cell padding, the grid lines and a little room. */
    private static final double PADDING = 26;
    /**
     * A header's name needs more: the header's label pads its graphic by 7 px a side, the graphic
     * its name and type labels by 7 more, and the header has a 1 px line (measured in the app):
     * with the cells' padding only, a short name over short values was drawn cut ("na...").
     */
    private static final double HEADER_PADDING = 32;
    /** Only the longest few texts are measured: measuring is slow, counting characters is not. */
    private static final int MEASURED = 12;

    private final Font font;
    private final Font bold;

    ColumnWidths(Font font) {
        this.font = font;
        this.bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    /**
     * The width column {@code index} needs for its header, with {@code besideName} pixels shown
     * next to the name (a sort mark), and for every value in {@code sample}.
     */
    double fit(ResultColumn column, List<Object[]> sample, int index, double besideName) {
        double header = Math.max(width(column.label(), bold) + besideName,
                width(column.typeName() == null ? "" : column.typeName().toLowerCase(), font));
        double values = longest(sample, index).stream().mapToDouble(text -> width(text, font)).max().orElse(0);
        return Math.max(MIN, Math.min(MAX, Math.ceil(Math.max(header + HEADER_PADDING, values + PADDING))));
    }

    /**
     * The cell texts with the most characters, NULL counting as its word, kept in a small array
     * as the sample is read: sorting all of a 2,000-row sample per column, twice a second during
     * Fetch all, made and dropped a stream's buffers on the FX thread.
     */
    private static List<String> longest(List<Object[]> sample, int index) {
        String[] kept = new String[MEASURED];
        int count = 0;
        for (int i = 0; i < sample.size(); i++) {
            Object value = sample.get(i)[index];
            String text = value == null ? "NULL" : ValueText.cell(value);
            if (count < MEASURED) {
                kept[count++] = text;
            } else {
                int shortest = shortest(kept);
                if (text.length() > kept[shortest].length()) {
                    kept[shortest] = text;
                }
            }
        }
        return Arrays.asList(kept).subList(0, count);
    }

    /** The index of a shortest text. */
    private static int shortest(String[] texts) {
        int at = 0;
        for (int i = 1; i < texts.length; i++) {
            if (texts[i].length() < texts[at].length()) {
                at = i;
            }
        }
        return at;
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
