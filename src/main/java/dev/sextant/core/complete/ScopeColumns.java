package dev.sextant.core.complete;

import dev.sextant.core.complete.TableRef.OutputColumn;

import java.util.ArrayList;
import java.util.List;

/** The columns of a table in scope: from the catalog, or from a CTE's or subquery's select list. */
final class ScopeColumns {

    /** Deeper than this, a CTE is taken to refer to itself and gives no more columns. */
    private static final int MAX_DEPTH = 8;

    private final Catalog catalog;

    ScopeColumns(Catalog catalog) {
        this.catalog = catalog;
    }

    List<Catalog.Column> of(TableRef ref) {
        return of(ref, 0);
    }

    private List<Catalog.Column> of(TableRef ref, int depth) {
        if (depth > MAX_DEPTH) {
            return List.of();
        }
        if (ref.derived() == null) {
            Catalog.Relation relation = ref.name() == null ? null : catalog.find(ref.schema(), ref.name(), ref.quoted());
            return relation == null ? List.of() : relation.columns();
        }
        List<Catalog.Column> columns = new ArrayList<>();
        for (OutputColumn out : ref.derived().columns()) {
            if (out.star()) {
                for (TableRef inner : ref.derived().from()) {
                    if (out.starQualifier() == null || inner.answersTo(out.starQualifier())) {
                        columns.addAll(of(inner, depth + 1));
                    }
                }
            } else {
                columns.add(new Catalog.Column(out.name(), typeOf(out.name(), ref.derived().from(), depth)));
            }
        }
        return columns;
    }

    /** A subquery column's type: that of the column of the same name in the tables it reads. */
    private String typeOf(String name, List<TableRef> from, int depth) {
        for (TableRef inner : from) {
            for (Catalog.Column c : of(inner, depth + 1)) {
                if (c.name().equalsIgnoreCase(name)) {
                    return c.type();
                }
            }
        }
        return "";
    }
}
