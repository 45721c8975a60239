package dev.sextant.ui.editor;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the completion list goes: inside the editor, under or above the caret, never over the editor's buttons. */
class PopupPlacementTest {

    /** An editor 1000 wide and 300 high at (100, 100), its buttons in the top right corner. */
    private static final Bounds EDITOR = new BoundingBox(100, 100, 1000, 300);
    private static final Bounds BUTTONS = new BoundingBox(1040, 100, 60, 30);

    private static Bounds caretAt(double x, double y) {
        return new BoundingBox(x, y, 1, 18);
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() && inner.getMaxX() <= outer.getMaxX()
                && inner.getMinY() >= outer.getMinY() && inner.getMaxY() <= outer.getMaxY();
    }

    @Test
    void withRoomBelowItOpensUnderTheCaret() {
        Bounds box = PopupPlacement.of(EDITOR, caretAt(200, 110), 460, 160, List.of(BUTTONS));
        assertEquals(new BoundingBox(200, 128, 460, 160), box);
    }

    @Test
    void onTheLastLinesItOpensAboveTheCaretAndStaysInside() {
        Bounds box = PopupPlacement.of(EDITOR, caretAt(200, 370), 460, 160, List.of(BUTTONS));
        assertEquals(370, box.getMaxY(), "its bottom at the caret's top");
        assertTrue(inside(EDITOR, box), box.toString());
    }

    @Test
    void withLittleRoomEitherWayItShowsFewerRowsInsideTheEditor() {
        Bounds box = PopupPlacement.of(EDITOR, caretAt(200, 230), 460, 316, List.of(BUTTONS));
        assertTrue(inside(EDITOR, box), box.toString());
        assertTrue(box.getHeight() < 316, "shortened to the room there is");
    }

    @Test
    void nearTheRightEdgeItMovesLeftAndNeverCoversTheButtons() {
        Bounds box = PopupPlacement.of(EDITOR, caretAt(1000, 100), 460, 160, List.of(BUTTONS));
        assertTrue(inside(EDITOR, box), box.toString());
        assertFalse(box.intersects(BUTTONS), box.toString());
    }

    @Test
    void anEditorNarrowerThanTheListGetsAListAsWideAsItself() {
        Bounds narrow = new BoundingBox(0, 0, 300, 400);
        Bounds box = PopupPlacement.of(narrow, caretAt(250, 10), 460, 160, List.of());
        assertEquals(new BoundingBox(0, 28, 300, 160), box);
    }
}
