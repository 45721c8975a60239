package dev.sextant.core.complete;

import java.util.List;

/**
 * The suggestions for one caret position, best first, and the text a chosen one replaces.
 *
 * @param replaceStart offset in the script where the typed word starts
 * @param replaceEnd   offset just past it (the caret)
 * @param unasked      whether the popup should open here without Ctrl+Space: after a dot, or a
 *                     word being typed where a table or column fits (after FROM, in WHERE…)
 */
public record Completions(int replaceStart, int replaceEnd, List<Suggestion> items, boolean unasked) {

    public Completions {
        items = List.copyOf(items);
    }
}
