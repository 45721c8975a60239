package dev.sextant.ui.editor;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

import java.util.List;

/**
 * Where the completion list goes, in screen coordinates: under the caret when there is room in
 * the editor, else above it (a caret on the editor's last lines), always inside the editor, so
 * it never lies over the toolbar, the grid or the messages; and beside, never over, the editor's
 * own buttons (Explain sits in its top right corner). A list with little room shows fewer rows.
 */
final class PopupPlacement {

    /** One suggestion's row, and the list's border. */
    static final double ROW = 26;
    static final double BORDER = 4;
    /** Between the list and a button it keeps clear of: touching boxes count as overlapping. */
    private static final double GAP = 2;

    private PopupPlacement() {
    }

    /**
     * @param area      the editor's visible area
     * @param caret     the caret's box
     * @param width     the list's wanted width
     * @param height    the list's wanted height (all its rows, up to its most)
     * @param keepClear boxes the list must not cover (the editor's buttons)
     */
    static Bounds of(Bounds area, Bounds caret, double width, double height, List<Bounds> keepClear) {
        double w = Math.min(width, area.getWidth());
        double below = area.getMaxY() - caret.getMaxY();
        double above = caret.getMinY() - area.getMinY();
        boolean down = below >= height || below >= above;
        double h = Math.max(ROW + BORDER, Math.min(height, down ? below : above));
        double x = clamp(caret.getMinX(), area.getMinX(), area.getMaxX() - w);
        double y = down ? caret.getMaxY() : caret.getMinY() - h;
        Bounds box = new BoundingBox(x, y, w, h);
        for (Bounds clear : keepClear) {
            if (box.intersects(clear)) {
                box = besides(box, clear, area);
            }
        }
        return box;
    }

    /** The box moved left of {@code clear}, or, where that leaves no room, below it and shorter. */
    private static Bounds besides(Bounds box, Bounds clear, Bounds area) {
        double leftX = clear.getMinX() - GAP - box.getWidth();
        if (leftX >= area.getMinX()) {
            return new BoundingBox(leftX, box.getMinY(), box.getWidth(), box.getHeight());
        }
        double top = Math.max(box.getMinY(), clear.getMaxY() + GAP);
        double h = Math.max(ROW + BORDER, Math.min(box.getMaxY(), area.getMaxY()) - top);
        return new BoundingBox(box.getMinX(), top, box.getWidth(), h);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
