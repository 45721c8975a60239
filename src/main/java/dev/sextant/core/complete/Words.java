package dev.sextant.core.complete;

import java.util.Set;

/** The keywords the scope reader steers by. */
final class Words {

    private Words() {
    }

    /** Words that shape a statement and so can never be a table's name or alias. */
    static final Set<String> STRUCTURE = Set.of(
            "SELECT", "FROM", "JOIN", "WHERE", "ON", "USING", "GROUP", "HAVING", "ORDER", "BY", "LIMIT",
            "OFFSET", "UNION", "INTERSECT", "EXCEPT", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "OUTER",
            "NATURAL", "LATERAL", "ONLY", "AS", "SET", "VALUES", "RETURNING", "WITH", "INTO", "UPDATE",
            "DELETE", "INSERT", "WINDOW", "FETCH", "FOR", "AND", "OR", "NOT", "DEFAULT", "ALL", "DISTINCT",
            "CASE", "WHEN", "THEN", "ELSE", "END", "IN", "IS", "NULL", "LIKE", "ILIKE", "BETWEEN", "EXISTS",
            "TABLE", "RECURSIVE", "MATERIALIZED", "CONFLICT", "DO", "CREATE", "DROP", "ALTER");

    /** Words after which the next thing typed is a table or view. */
    static final Set<String> BEFORE_RELATION = Set.of("FROM", "JOIN", "UPDATE", "INTO", "TABLE", "ONLY", "LATERAL");

    /** Words that start a clause: what a caret is in is the last of these before it. */
    static final Set<String> CLAUSES = Set.of(
            "SELECT", "FROM", "JOIN", "WHERE", "ON", "USING", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET",
            "SET", "VALUES", "RETURNING", "INTO", "UPDATE", "WITH", "WINDOW", "UNION", "INTERSECT", "EXCEPT",
            "DELETE", "INSERT", "TABLE");

    /** Clauses whose text is expressions over the tables in scope. */
    static final Set<String> EXPRESSION_CLAUSES = Set.of(
            "SELECT", "WHERE", "ON", "GROUP", "HAVING", "ORDER", "SET", "RETURNING", "USING");
}
