package dev.sextant.core.complete;

import dev.sextant.core.sql.Identifiers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One connection's names as completion needs them, read once and then only looked up: schemas,
 * the schemas an unqualified name is looked for in, tables and views with their columns,
 * functions and the dialect's keywords. Immutable, so the FX thread and the completion thread
 * share it without locks; a refresh makes a new one.
 */
public final class Catalog {

    /** A column of a table or view, with its type as the server spells it. */
    public record Column(String name, String type) {
    }

    /** A table or view ({@code kind} says which) and its columns in table order. */
    public record Relation(String schema, String name, Suggestion.Kind kind, List<Column> columns) {
        public Relation {
            columns = List.copyOf(columns);
        }
    }

    /** A function by name; {@code signature} such as {@code (integer) → text}. */
    public record Function(String schema, String name, String signature) {
    }

    private final List<String> schemas;
    private final List<String> searchPath;
    private final List<Relation> relations;
    private final List<Function> functions;
    private final List<String> keywords;
    private final Set<String> reserved;
    private final Map<String, List<Relation>> byLowerName = new HashMap<>();

    /**
     * @param searchPath the schemas whose objects need no schema before their name, in lookup order
     * @param keywords   the dialect's keywords, offered as completions (upper case)
     * @param reserved   words (lower case) that must be quoted when used as a name
     */
    public Catalog(List<String> schemas, List<String> searchPath, List<Relation> relations,
                   List<Function> functions, List<String> keywords, Set<String> reserved) {
        this.schemas = List.copyOf(schemas);
        this.searchPath = List.copyOf(searchPath);
        this.relations = List.copyOf(relations);
        this.functions = List.copyOf(dedupe(functions));
        this.keywords = List.copyOf(keywords);
        this.reserved = Set.copyOf(reserved);
        for (Relation r : this.relations) {
            byLowerName.computeIfAbsent(r.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
        }
    }

    /** A catalog with nothing in it but keywords, for a connection whose catalog is not read yet. */
    public static Catalog empty(List<String> keywords, Set<String> reserved) {
        return new Catalog(List.of(), List.of(), List.of(), List.of(), keywords, reserved);
    }

    public List<String> schemas() {
        return schemas;
    }

    public List<String> searchPath() {
        return searchPath;
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<Function> functions() {
        return functions;
    }

    public List<String> keywords() {
        return keywords;
    }

    /** The name as it can be typed into this dialect: bare if that reads back the same, else quoted. */
    public String typed(String name) {
        return Identifiers.quoteIfNeeded(name, w -> reserved.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Whether a relation in {@code schema} can be named without its schema. */
    public boolean onSearchPath(String schema) {
        return searchPath.contains(schema);
    }

    /**
     * The relation a name in a statement refers to. {@code quoted} names match exactly; bare ones
     * as the server folds them (PostgreSQL to lower case; SQLite ignores case), so an exact
     * match wins, then one ignoring case. Without a schema, the search path decides.
     */
    public Relation find(String schema, String name, boolean quoted) {
        List<Relation> named = byLowerName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        Relation best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Relation r : named) {
            boolean sameName = quoted ? r.name().equals(name) : r.name().equalsIgnoreCase(name);
            boolean inSchema = schema == null ? onSearchPath(r.schema()) : r.schema().equalsIgnoreCase(schema);
            if (!sameName || !inSchema) {
                continue;
            }
            int rank = (r.name().equals(name) ? 0 : 1000) + (schema == null ? searchPath.indexOf(r.schema()) : 0);
            if (rank < bestRank) {
                best = r;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Overloads share one entry: the popup lists a name once, its first signature shown. */
    private static List<Function> dedupe(List<Function> functions) {
        Map<String, Function> byName = new LinkedHashMap<>();
        for (Function f : functions) {
            byName.merge(f.schema() + '\0' + f.name(), f,
                    (first, other) -> new Function(first.schema(), first.name(), overloaded(first.signature())));
        }
        return new ArrayList<>(byName.values());
    }

    private static String overloaded(String signature) {
        return signature.endsWith(" …") ? signature : signature + " …";
    }

    @Override
    public String toString() {
        return "Catalog[" + schemas.size() + " schemas, " + relations.size() + " relations, "
                + functions.size() + " functions]";
    }
}
