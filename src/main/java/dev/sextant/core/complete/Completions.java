package dev.sextant.core.complete;

import java.util.List;

/**
 * The suggestions for one caret position, best first, and the text a chosen one replaces.
 *
 * @param replaceStart offset in the script where the typed word starts
 * @param replaceEnd   offset just past it (the caret)
 */
public record Completions(int replaceStart, int replaceEnd, List<Suggestion> items) {

    public Completions {
        items = List.copyOf(items);
    }
}
