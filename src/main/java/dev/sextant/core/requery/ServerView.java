package dev.sextant.core.requery;

import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.SourceQuery;
import dev.sextant.core.sql.QueryWrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the user asked the server to order and filter a result: the statement that produced it,
 * the sort keys in the order they were clicked, and the filter's conditions. {@link #query}
 * runs the statement again as {@code SELECT * FROM (statement) AS q WHERE … ORDER BY …}, its
 * own placeholders first and the filter's values after them, so the server sorts every row,
 * not only those fetched. Immutable: each click or filter gives a new view.
 *
 * @param source  the statement as it was first run, with its bound values
 * @param columns the result's column labels, in order
 * @param order   the sort keys, most significant first
 * @param filter  the conditions, all of which a row must meet
 * @param filterText the filter as the user typed it, kept to show again
 */
public record ServerView(SourceQuery source, List<String> columns, List<SortKey> order, List<Condition> filter,
                         String filterText) {

    public ServerView {
        columns = List.copyOf(columns);
        order = List.copyOf(order);
        filter = List.copyOf(filter);
        filterText = filterText == null ? "" : filterText;
    }

    /** The view of a result as it first ran: no order or filter of ours. */
    public static ServerView of(SourceQuery source, List<String> columns) {
        return new ServerView(source, columns, List.of(), List.of(), "");
    }

    /** Why this result cannot be sorted or filtered on the server (a sentence), empty when it can. */
    public static Optional<String> refusal(SourceQuery source) {
        if (source == null) {
            return Optional.of("This result cannot be run again (its statement gave several results or is not known).");
        }
        return QueryWrap.refusal(source.sql());
    }

    /**
     * A header click: ascending, then descending, then no longer sorted by it. With {@code adding}
     * (shift-click) the other keys stay and a new column goes last; without, it is the only key.
     */
    public ServerView clicked(int column, boolean adding) {
        List<SortKey> keys = new ArrayList<>(adding ? order : order.stream().filter(k -> k.column() == column).toList());
        int at = indexOf(keys, column);
        if (at < 0) {
            keys.add(new SortKey(column, false));
        } else if (!keys.get(at).descending()) {
            keys.set(at, new SortKey(column, true));
        } else {
            keys.remove(at);
        }
        return new ServerView(source, columns, keys, filter, filterText);
    }

    /** The same order with the filter typed as {@code text} (blank: no filter). */
    public ServerView filtered(String text) throws FilterException {
        String typed = text == null ? "" : text.strip();
        return new ServerView(source, columns, order, RowFilter.parse(typed, columns), typed);
    }

    /** Where the column stands in the order, counting from 1, or 0 when the result is not sorted by it. */
    public int position(int column) {
        return indexOf(order, column) + 1;
    }

    public boolean descending(int column) {
        int at = indexOf(order, column);
        return at >= 0 && order.get(at).descending();
    }

    /** Whether the server is asked for anything beyond the statement itself. */
    public boolean isPlain() {
        return order.isEmpty() && filter.isEmpty();
    }

    /** The statement to run, identifiers quoted by {@code quote} (the engine's one helper). */
    public SourceQuery query(UnaryOperator<String> quote) {
        if (isPlain()) {
            return source;
        }
        List<BoundValue> values = new ArrayList<>(source.values());
        List<String> where = new ArrayList<>();
        for (Condition c : filter) {
            where.add(reference(c.column(), quote) + " " + c.operator() + (c.takesValue() ? " ?" : ""));
            if (c.takesValue()) {
                values.add(c.value());
            }
        }
        List<String> by = order.stream()
                .map(k -> reference(k.column(), quote) + (k.descending() ? " DESC" : "")).toList();
        String tail = (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where))
                + (where.isEmpty() || by.isEmpty() ? "" : "\n")
                + (by.isEmpty() ? "" : "ORDER BY " + String.join(", ", by));
        return new SourceQuery(QueryWrap.wrap(source.sql(), tail), values);
    }

    /** A column by its name; one whose name the result has twice, by its position (its name would be ambiguous). */
    private String reference(int column, UnaryOperator<String> quote) {
        String name = columns.get(column);
        boolean unique = columns.stream().filter(name::equals).count() == 1;
        return unique && !name.isEmpty() ? quote.apply(name) : String.valueOf(column + 1);
    }

    private static int indexOf(List<SortKey> keys, int column) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).column() == column) {
                return i;
            }
        }
        return -1;
    }
}
