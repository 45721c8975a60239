package dev.sextant.core.complete;

import dev.sextant.core.complete.TableRef.Derived;

import java.util.List;
import java.util.Map;

/**
 * What the caret is in, as far as completion cares: the word being typed, any names and dots
 * before it, what kind of thing fits there, and the tables in scope.
 *
 * @param replaceStart offset (in the statement) where the typed word starts; a suggestion replaces
 *                     the text from here to the caret
 * @param prefix       the word typed so far, without an opening quote
 * @param quoted       whether the word was started with a double quote
 * @param qualifier    the names before the word, each followed by a dot ({@code shop.} or {@code t.})
 * @param expect       what fits at the caret
 * @param scope        the tables the statement reads at the caret, outer queries included
 * @param ctes         the CTEs visible at the caret, by lower-case name
 * @param everywhere   every table the statement names, in any subquery: where {@code t.} looks when
 *                     half-typed text (an unclosed parenthesis) hides t's FROM from the caret
 */
public record CompletionSpot(int replaceStart, String prefix, boolean quoted, List<String> qualifier,
                             Expect expect, List<TableRef> scope, Map<String, Derived> ctes,
                             List<TableRef> everywhere) {

    /** What fits at the caret. */
    public enum Expect {
        /** After FROM, JOIN, UPDATE, INTO: tables, views, CTEs and schemas. */
        RELATION,
        /** In a select list, WHERE, ON, SET…: columns of the tables in scope first. */
        COLUMN,
        /** Inside {@code USING (…)}: the columns the joined tables share. */
        USING_COLUMN,
        /** Anywhere else, such as the start of a statement: keywords first. */
        ANY
    }

    public CompletionSpot {
        qualifier = List.copyOf(qualifier);
        scope = List.copyOf(scope);
        ctes = Map.copyOf(ctes);
        everywhere = List.copyOf(everywhere);
    }

    /** Whether {@code other} is the same place in the same statement, whatever word is typed there. */
    public boolean sameSpotAs(CompletionSpot other) {
        return replaceStart == other.replaceStart && quoted == other.quoted && qualifier.equals(other.qualifier)
                && expect == other.expect && scope.equals(other.scope) && ctes.equals(other.ctes)
                && everywhere.equals(other.everywhere);
    }
}
