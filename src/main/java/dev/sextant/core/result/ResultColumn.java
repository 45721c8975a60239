package dev.sextant.core.result;

/**
 * A column of a result as the driver describes it.
 *
 * @param label    the column label the query gave it
 * @param typeName the database's own type name ({@code int4}, {@code text}, {@code INTEGER})
 * @param numeric  whether values are numbers (right-aligned in the grid)
 */
public record ResultColumn(String label, String typeName, boolean numeric) {
}
