package dev.sextant.core.requery;

/**
 * One column of a server-side order.
 *
 * @param column     the column's index in the result, counting from 0
 * @param descending largest first
 */
public record SortKey(int column, boolean descending) {
}
