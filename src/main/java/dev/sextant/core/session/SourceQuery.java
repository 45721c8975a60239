package dev.sextant.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statement that produced a result, with its bound values, so that an export can run it
 * again on a connection of its own and write every row, not only the ones fetched into the grid.
 *
 * @param sql    the statement as it was sent (JDBC {@code ?} placeholders, if any)
 * @param values the values bound to its placeholders, in order
 */
public record SourceQuery(String sql, List<BoundValue> values) {

    public SourceQuery {
        values = List.copyOf(values);
    }

    /**
     * The outcomes with this statement attached to its result. A statement with several results
     * gets none: running it again could not say which one to export.
     */
    static List<Outcome> attach(List<Outcome> outcomes, String sql, List<BoundValue> values) {
        if (outcomes.stream().filter(o -> o instanceof Outcome.Rows).count() != 1) {
            return outcomes;
        }
        SourceQuery source = new SourceQuery(sql, values);
        return outcomes.stream().map(o -> o instanceof Outcome.Rows r
                ? new Outcome.Rows(r.command(), r.result(), r.rest(), source) : o)
                .collect(Collectors.toCollection(ArrayList::new)); // as mutable as the list it replaces
    }
}
