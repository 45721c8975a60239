package dev.sextant.core.complete;

import dev.sextant.core.complete.CompletionSpot.Expect;
import dev.sextant.core.complete.Suggestion.Kind;
import dev.sextant.core.sql.Identifiers;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.sql.SqlWords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The suggestions at a caret: reads the spot in the statement around it, gathers the names that
 * fit there from the catalog and the statement's own tables, and ranks them: how the typed word
 * matches first ({@link Ranking}), then columns of the tables in scope before anything else.
 * Pure computation on an immutable {@link Catalog}: safe to run on any thread.
 */
public final class Completer {

    /** More than a popup can usefully show; the best ones are kept. */
    static final int MOST = 200;

    private static final Set<String> DEFINING = Set.of("CREATE", "ALTER", "DROP", "COMMENT");

    private final Catalog catalog;
    private final CompletionSpot spot;
    private final List<Candidate> candidates = new ArrayList<>();

    /** A suggestion before it is ranked; {@code priority} orders those that match equally well. */
    private record Candidate(String label, Kind kind, String detail, int priority, String schema, String name,
                             Ranking ranking, int gathered) {
    }

    private final int statementStart;
    private final int caret;
    private final boolean unasked;

    private Completer(Catalog catalog, CompletionSpot spot, int statementStart, int caret, boolean unasked) {
        this.catalog = catalog;
        this.spot = spot;
        this.statementStart = statementStart;
        this.caret = caret;
        this.unasked = unasked;
    }

    /** The suggestions at {@code caret} in {@code script}, for the statement the caret is in (PostgreSQL's rules). */
    public static Completions at(Catalog catalog, String script, int caret) {
        return at(catalog, script, caret, SqlDialect.POSTGRESQL);
    }

    /** The suggestions at {@code caret} in {@code script}, read by {@code dialect}'s rules (the tab's engine's). */
    public static Completions at(Catalog catalog, String script, int caret, SqlDialect dialect) {
        return read(catalog, script, caret, dialect).gathered().completions();
    }

    /** The spot at the caret read, nothing gathered yet: {@link Typing} may narrow the last answer instead. */
    static Completer read(Catalog catalog, String script, int caret, SqlDialect dialect) {
        int[] bounds = statementAround(script, caret, dialect);
        int start = bounds[0];
        String statement = script.substring(start, bounds[1]);
        CompletionSpot spot = ScopeReader.read(statement, caret - start, dialect);
        // While a table is being defined its new column names are typed: no popup unless asked.
        List<String> words = SqlWords.of(statement, dialect);
        boolean defining = !words.isEmpty() && DEFINING.contains(words.get(0).toUpperCase(Locale.ROOT));
        boolean unasked = !defining && (!spot.qualifier().isEmpty()
                || (spot.expect() != Expect.ANY && !spot.prefix().isEmpty()));
        return new Completer(catalog, spot, start, caret, unasked);
    }

    Completer gathered() {
        gather();
        return this;
    }

    Completions completions() {
        return new Completions(statementStart + spot.replaceStart(), caret, ranked(), unasked);
    }

    /**
     * Whether {@code later} is this spot with a longer word typed at the same place, on the same
     * catalog: then every name that matches it matched this word too, and only this answer's
     * matches need ranking again.
     */
    boolean narrowsTo(Completer later) {
        return later.catalog == catalog && later.statementStart == statementStart && later.unasked == unasked
                && later.spot.sameSpotAs(spot) && later.spot.prefix().length() >= spot.prefix().length()
                && later.spot.prefix().regionMatches(true, 0, spot.prefix(), 0, spot.prefix().length());
    }

    /** {@code later}'s answer, from this answer's matches only (see {@link #narrowsTo}). */
    Completer narrowedFor(Completer later) {
        for (Candidate c : candidates) {
            later.add(c.label(), c.kind(), c.detail(), c.priority(), c.schema(), c.name());
        }
        return later;
    }

    /**
     * The bounds of the caret's statement, text after the caret included (its FROM may come
     * later); after a statement's {@code ;} a new one begins.
     */
    private static int[] statementAround(String script, int caret, SqlDialect dialect) {
        int start = 0;
        int end = script.length();
        for (SqlStatement statement : ScriptSplitter.split(script, dialect)) {
            boolean endedBefore = statement.end() < caret && statement.end() < script.length()
                    && script.charAt(statement.end()) == ';';
            if (statement.start() > caret) {
                end = statement.start();
                break;
            }
            start = endedBefore ? statement.end() + 1 : statement.start();
            end = endedBefore ? script.length() : Math.max(statement.end(), caret);
        }
        return new int[] {Math.min(start, caret), Math.max(end, caret)};
    }

    private void gather() {
        if (!spot.qualifier().isEmpty()) {
            new QualifiedNames(this).gather();
            return;
        }
        Expect expect = spot.expect();
        boolean relation = expect == Expect.RELATION;
        boolean any = expect == Expect.ANY;
        if (expect == Expect.USING_COLUMN) {
            addSharedColumns();
            return;
        }
        if (!relation) {
            addScopeColumns(0);
        }
        spot.ctes().keySet().forEach(name -> add(name, Kind.TABLE, "CTE", relation ? 1 : 4, null, name));
        addRelations(relation ? 2 : 4);
        addSchemas(relation ? 3 : 5);
        if (!relation) {
            catalog.functions().forEach(f -> add(f.name(), Kind.FUNCTION, f.signature(), 3, null, f.name()));
        }
        catalog.keywords().forEach(k -> add(k, Kind.KEYWORD, "", any ? 1 : 6, null, null));
    }

    void addScopeColumns(int priority) {
        ScopeColumns columns = new ScopeColumns(catalog);
        Set<String> shown = new HashSet<>();
        boolean several = spot.scope().size() > 1;
        for (TableRef ref : spot.scope()) {
            for (Catalog.Column c : columns.of(ref)) {
                String key = c.name().toLowerCase(Locale.ROOT);
                boolean merged = ref.natural() || ref.using().stream().anyMatch(u -> u.equalsIgnoreCase(c.name()));
                if (merged && shown.contains(key)) {
                    continue; // USING and NATURAL JOIN give a shared column once
                }
                shown.add(key);
                String detail = several && !merged ? c.type() + "  · " + label(ref) : c.type();
                add(c.name(), Kind.COLUMN, detail, priority, null, c.name());
            }
        }
    }

    /** In {@code JOIN b USING (…)}: the columns of b that a table before it also has. */
    private void addSharedColumns() {
        List<TableRef> scope = spot.scope();
        if (scope.size() < 2) {
            addScopeColumns(0);
            return;
        }
        ScopeColumns columns = new ScopeColumns(catalog);
        Set<String> before = new HashSet<>();
        scope.subList(0, scope.size() - 1).forEach(r -> columns.of(r)
                .forEach(c -> before.add(c.name().toLowerCase(Locale.ROOT))));
        for (Catalog.Column c : columns.of(scope.get(scope.size() - 1))) {
            if (before.contains(c.name().toLowerCase(Locale.ROOT))) {
                add(c.name(), Kind.COLUMN, c.type(), 0, null, c.name());
            }
        }
    }

    private static String label(TableRef ref) {
        return ref.alias() != null ? ref.alias() : ref.name() != null ? ref.name() : "subquery";
    }

    private void addRelations(int priority) {
        for (Catalog.Relation r : catalog.relations()) {
            boolean bare = catalog.onSearchPath(r.schema());
            String label = bare ? r.name() : r.schema() + "." + r.name();
            add(label, r.kind(), bare ? "" : "in " + r.schema(), bare ? priority : priority + 2,
                    bare ? null : r.schema(), r.name());
        }
    }

    private void addSchemas(int priority) {
        catalog.schemas().forEach(s -> add(s, Kind.SCHEMA, "", priority, null, s));
    }

    /** Adds a candidate if the typed word matches its name (for a qualified relation, either part). */
    void add(String label, Kind kind, String detail, int priority, String schema, String name) {
        Ranking ranking = Ranking.of(spot.prefix(), name == null ? label : name);
        if (schema != null && ranking != Ranking.PREFIX) {
            Ranking whole = Ranking.of(spot.prefix(), label);
            ranking = whole.compareTo(ranking) < 0 ? whole : ranking;
        }
        if (ranking != Ranking.NONE) {
            candidates.add(new Candidate(label, kind, detail, priority, schema, name, ranking, candidates.size()));
        }
    }

    Catalog catalog() {
        return catalog;
    }

    CompletionSpot spot() {
        return spot;
    }

    private List<Suggestion> ranked() {
        // With nothing typed, equals stay in the order gathered: a table's columns in table order.
        Comparator<Candidate> order = Comparator.comparing(Candidate::ranking).thenComparingInt(Candidate::priority);
        if (!spot.prefix().isEmpty()) {
            order = order.thenComparingInt(c -> c.label().length()).thenComparing(Candidate::label);
        }
        order = order.thenComparingInt(Candidate::gathered);
        Ranking worst = worstNeeded();
        // The best MOST of maybe 10,000 matches: a heap of MOST, not a sort of them all, on every key.
        PriorityQueue<Candidate> best = new PriorityQueue<>(MOST + 1, order.reversed());
        for (Candidate c : candidates) {
            if (c.ranking().compareTo(worst) <= 0) {
                best.add(c);
                if (best.size() > MOST) {
                    best.poll();
                }
            }
        }
        List<Candidate> kept = new ArrayList<>(best);
        kept.sort(order);
        return kept.stream().map(c -> new Suggestion(c.label(), c.kind(), c.detail(), insertText(c))).toList();
    }

    /** The weakest kind of match still needed to fill the list: on 10,000 tables, prefixes alone often do. */
    private Ranking worstNeeded() {
        int[] counts = new int[Ranking.values().length];
        candidates.forEach(c -> counts[c.ranking().ordinal()]++);
        int total = 0;
        for (Ranking r : Ranking.values()) {
            total += counts[r.ordinal()];
            if (total >= MOST) {
                return r;
            }
        }
        return Ranking.NONE;
    }

    private String insertText(Candidate c) {
        if (c.kind() == Kind.KEYWORD) {
            boolean lower = !spot.prefix().isEmpty() && spot.prefix().equals(spot.prefix().toLowerCase(Locale.ROOT));
            return lower ? c.label().toLowerCase(Locale.ROOT) : c.label();
        }
        String name = spot.quoted() ? Identifiers.quote(c.name()) : catalog.typed(c.name());
        return c.schema() == null ? name : catalog.typed(c.schema()) + "." + name;
    }
}
