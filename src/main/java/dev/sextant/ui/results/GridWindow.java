package dev.sextant.ui.results;

/**
 * Where the grid stands in a result, in row numbers of the whole result (counting from 0): the
 * window of fetched rows its list holds, the first row on screen and the selected row. Each move
 * of the view is one call here that leaves one consistent answer, which the grid then shows:
 * the answer never depends on what the grid does while it shows it, so nothing re-enters.
 * Plain Java on purpose, so the rules are tested without a window.
 */
public final class GridWindow {

    /** The keys that jump through the whole result rather than the rows the grid holds. */
    public enum Jump { FIRST, LAST, PAGE_UP, PAGE_DOWN }

    private final int capacity;
    private long fetched;
    private long start;
    private long top;
    private long selected = -1;
    private int onScreen = 1;

    /** A window of at most {@code capacity} rows over {@code fetched} rows, at the top. */
    public GridWindow(int capacity, long fetched) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.fetched = fetched;
    }

    /** The number of the window's first row. */
    public long start() {
        return start;
    }

    /** How many rows the window holds: all it can, or the fetched rows from its start. */
    public int length() {
        return (int) Math.min(capacity, fetched - start);
    }

    /** The number of the first row on screen. */
    public long top() {
        return top;
    }

    /** The number of the selected row, or -1. */
    public long selected() {
        return selected;
    }

    public int onScreen() {
        return onScreen;
    }

    /** More rows were fetched; a window that is not full yet grows with them. */
    public void fetched(long now) {
        fetched = now;
    }

    /**
     * The view shows {@code rowsOnScreen} rows from the window's row {@code index}. When it comes
     * near an end of the window and fetched rows lie beyond, the window re-centres on the view.
     * Returns whether the window moved (the grid must then show {@link #top()} again).
     */
    public boolean scrolled(int index, int rowsOnScreen) {
        onScreen = Math.max(1, rowsOnScreen);
        top = Math.max(0, Math.min(start + index, fetched - 1));
        return follow();
    }

    /** The user selected the window's row {@code index} (or nothing, with -1). */
    public void select(int index) {
        selected = index < 0 || index >= length() ? -1 : start + index;
    }

    /** A key jump: the selection and the view move, the window follows if they left it. */
    public boolean jump(Jump jump, int rowsOnScreen) {
        onScreen = Math.max(1, rowsOnScreen);
        if (fetched == 0) {
            return false;
        }
        long lastTop = Math.max(0, fetched - onScreen);
        switch (jump) {
            case FIRST -> {
                top = 0;
                selected = 0;
            }
            case LAST -> {
                top = lastTop;
                selected = fetched - 1;
            }
            case PAGE_DOWN -> {
                top = Math.min(lastTop, top + onScreen);
                selected = selected < 0 ? -1 : Math.min(fetched - 1, selected + onScreen);
            }
            case PAGE_UP -> {
                top = Math.max(0, top - onScreen);
                selected = selected < 0 ? -1 : Math.max(0, selected - onScreen);
            }
        }
        if (selected >= 0 && (selected < top || selected >= top + onScreen)) {
            top = Math.max(0, Math.min(lastTop, selected - onScreen / 2));
        }
        return follow();
    }

    /** Moves the window so row {@code row} sits in its middle; returns how far it moved. */
    public long centerOn(long row) {
        long was = start;
        moveTo(row - capacity / 2);
        return start - was;
    }

    /** Whether the view is near the last fetched row, where more rows should be asked for. */
    public boolean nearFetchedEnd() {
        // A first page is much shorter than a window: its last tenth counts as near, not all of it.
        return fetched - (top + onScreen) < Math.max(1, Math.min(margin(), fetched / 10));
    }

    /** Re-centres the window on the view when the view is near an end that has rows beyond. */
    private boolean follow() {
        long end = start + length();
        boolean nearStart = start > 0 && top - start < margin();
        boolean nearEnd = end < fetched && end - (top + onScreen) < margin();
        return (nearStart || nearEnd) && moveTo(top + onScreen / 2 - capacity / 2);
    }

    private boolean moveTo(long wanted) {
        long was = start;
        start = Math.max(0, Math.min(wanted, fetched - capacity));
        return start != was;
    }

    /** How close to an end of the window the view may come before the window moves. */
    private int margin() {
        return Math.max(1, capacity / 10);
    }

    /** The jump a grid key asks for: Home, End, Page Up, Page Down; null for any other key. */
    static Jump jumpFor(javafx.scene.input.KeyCode code) {
        return switch (code) {
            case HOME -> Jump.FIRST;
            case END -> Jump.LAST;
            case PAGE_UP -> Jump.PAGE_UP;
            case PAGE_DOWN -> Jump.PAGE_DOWN;
            default -> null;
        };
    }
}
