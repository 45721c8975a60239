package dev.sextant.core.requery;

import dev.sextant.core.session.BoundValue;

/**
 * One condition of a filter: {@code column operator ?} with its value bound, or
 * {@code column IS [NOT] NULL} with none.
 *
 * @param column   the column's index in the result, counting from 0
 * @param operator {@code =}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code LIKE},
 *                 {@code NOT LIKE}, {@code ILIKE}, {@code NOT ILIKE}, {@code IS NULL} or {@code IS NOT NULL}
 * @param value    the value bound to the condition's {@code ?}, null for IS [NOT] NULL
 */
public record Condition(int column, String operator, BoundValue value) {

    public boolean takesValue() {
        return value != null;
    }
}
