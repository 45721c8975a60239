package dev.sextant.core.result;

/**
 * A column of a result as the driver describes it.
 *
 * @param label    the column label the query gave it
 * @param typeName the database's own type name ({@code int4}, {@code text}, {@code INTEGER})
 * @param numeric  whether values are numbers (right-aligned in the grid)
 * @param origin   the table column it was read from, or null for a computed value
 */
public record ResultColumn(String label, String typeName, boolean numeric, ColumnOrigin origin) {

    /** A column whose table of origin is not known. */
    public ResultColumn(String label, String typeName, boolean numeric) {
        this(label, typeName, numeric, null);
    }
}
