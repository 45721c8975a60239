package dev.sextant.core.result;

import java.util.List;

/**
 * The rows a query returned, up to the limit it was read with.
 *
 * @param columns the result's columns
 * @param rows    the rows read, each an array of values in column order ({@code null} for SQL NULL)
 * @param more    whether the query had more rows than were read
 */
public record QueryResult(List<ResultColumn> columns, CompactRows rows, boolean more) {

    public QueryResult {
        columns = List.copyOf(columns);
    }
}
