package dev.sextant.core.complete;

import dev.sextant.core.complete.CompletionSpot.Expect;
import dev.sextant.core.complete.Suggestion.Kind;

import java.util.List;
import java.util.stream.Stream;

/**
 * What can follow names and dots: {@code t.} gives the columns of the table the statement calls
 * {@code t}; {@code shop.} the tables, views and functions of schema {@code shop};
 * {@code shop.orders.} that table's columns.
 */
final class QualifiedNames {

    private final Completer completer;

    QualifiedNames(Completer completer) {
        this.completer = completer;
    }

    void gather() {
        CompletionSpot spot = completer.spot();
        Catalog catalog = completer.catalog();
        List<String> qualifier = spot.qualifier();
        String last = qualifier.get(qualifier.size() - 1);
        boolean schema = catalog.schemas().stream().anyMatch(last::equalsIgnoreCase);
        // After FROM, "x." is a schema; but half-typed text can look like a FROM list, so a name that is no schema still gives columns.
        if (qualifier.size() == 1 && (spot.expect() != Expect.RELATION || !schema)) {
            ScopeColumns columns = new ScopeColumns(catalog);
            TableRef named = Stream.concat(spot.scope().stream(), spot.everywhere().stream())
                    .filter(r -> r.answersTo(last) && !columns.of(r).isEmpty()).findFirst()
                    .orElseGet(() -> new TableRef(null, null, last, false, null, false, List.of()));
            columns(named);
        }
        if (qualifier.size() == 2) {
            columns(new TableRef(null, qualifier.get(0), last, false, null, false, List.of()));
        }
        if (qualifier.size() == 1) {
            for (Catalog.Relation r : catalog.relations()) {
                if (r.schema().equalsIgnoreCase(last)) {
                    completer.add(r.name(), r.kind(), "", 2, null, r.name());
                }
            }
            boolean functions = spot.expect() != Expect.RELATION;
            for (Catalog.Function f : catalog.functions()) {
                if (functions && f.schema().equalsIgnoreCase(last)) {
                    completer.add(f.name(), Kind.FUNCTION, f.signature(), 3, null, f.name());
                }
            }
        }
    }

    private void columns(TableRef ref) {
        for (Catalog.Column c : new ScopeColumns(completer.catalog()).of(ref)) {
            completer.add(c.name(), Kind.COLUMN, c.type(), 0, null, c.name());
        }
    }
}
