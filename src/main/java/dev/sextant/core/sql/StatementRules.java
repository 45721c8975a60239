package dev.sextant.core.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What must be settled with the user before a statement is sent: statements that PostgreSQL
 * refuses inside a transaction block, and UPDATE or DELETE without a WHERE clause.
 */
public final class StatementRules {

    private static final Set<String> NEVER_IN_TRANSACTION = Set.of(
            "CREATE DATABASE", "DROP DATABASE", "CREATE TABLESPACE", "DROP TABLESPACE", "ALTER SYSTEM",
            "VACUUM", "CREATE SUBSCRIPTION", "DROP SUBSCRIPTION");

    /** Statements that begin or end transactions, or mark places in them, themselves. */
    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK",
            "ABORT", "SAVEPOINT", "RELEASE", "PREPARE");

    private StatementRules() {
    }

    /** Whether the statement begins, ends or marks a place in a transaction itself (BEGIN, COMMIT, SAVEPOINT…). */
    public static boolean controlsTransaction(String sql) {
        List<String> words = upper(SqlWords.of(sql));
        return !words.isEmpty() && TRANSACTION_CONTROL.contains(words.get(0));
    }

    /** Whether the statement commits the open transaction: COMMIT or END, not COMMIT PREPARED. */
    public static boolean commits(String sql) {
        List<String> words = upper(SqlWords.of(sql));
        return !words.isEmpty() && (words.get(0).equals("COMMIT") || words.get(0).equals("END"))
                && (words.size() < 2 || !words.get(1).equals("PREPARED"));
    }

    /**
     * The command's name when it cannot run inside a transaction block ("CREATE DATABASE",
     * "CREATE INDEX CONCURRENTLY", …), else empty.
     */
    public static Optional<String> outsideTransactionOnly(String sql) {
        List<String> words = upper(SqlWords.of(sql));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String two = words.size() > 1 ? words.get(0) + " " + words.get(1) : words.get(0);
        if (NEVER_IN_TRANSACTION.contains(two)) {
            return Optional.of(two);
        }
        if (NEVER_IN_TRANSACTION.contains(words.get(0))) {
            return Optional.of(words.get(0));
        }
        boolean concurrently = words.stream().limit(5).anyMatch("CONCURRENTLY"::equals);
        boolean indexCommand = words.get(0).equals("REINDEX")
                || (words.size() > 2 && (words.get(0).equals("CREATE") || words.get(0).equals("DROP"))
                && (words.get(1).equals("INDEX") || words.get(2).equals("INDEX")));
        if (concurrently && indexCommand) {
            return Optional.of(words.get(0).equals("REINDEX") ? "REINDEX CONCURRENTLY" : words.get(0) + " INDEX CONCURRENTLY");
        }
        if (words.get(0).equals("REINDEX") && words.size() > 1
                && (words.get(1).equals("DATABASE") || words.get(1).equals("SYSTEM"))) {
            return Optional.of(two);
        }
        return Optional.empty();
    }

    /** For an UPDATE or DELETE without WHERE, the table it would change, as written; else empty. */
    public static Optional<String> unfilteredChangeTarget(String sql) {
        return unfilteredChangeTarget(sql, SqlDialect.POSTGRESQL);
    }

    /** {@link #unfilteredChangeTarget(String)}, reading {@code sql} by {@code dialect}'s rules (CQL's {@code //} comments…). */
    public static Optional<String> unfilteredChangeTarget(String sql, SqlDialect dialect) {
        List<String> asWritten = SqlWords.of(sql, dialect);
        List<String> words = upper(asWritten);
        if (words.isEmpty() || words.contains("WHERE")) {
            return Optional.empty();
        }
        int at;
        if (words.get(0).equals("UPDATE")) {
            at = 1;
        } else if (words.get(0).equals("DELETE") && words.size() > 1 && words.get(1).equals("FROM")) {
            at = 2;
        } else {
            return Optional.empty();
        }
        if (at < words.size() && words.get(at).equals("ONLY")) {
            at++;
        }
        return at < words.size() ? Optional.of(asWritten.get(at)) : Optional.empty();
    }

    /**
     * The table an INSERT, UPDATE, DELETE or COPY … FROM writes, and how ("INSERT", "UPDATE",
     * "DELETE"; COPY FROM inserts), read from the statement's top-level words; empty for any
     * other statement, and for one led by WITH (its CTEs may write other tables too).
     */
    public static Optional<Map.Entry<String, String>> writtenTable(String sql) {
        List<String> asWritten = SqlWords.of(sql);
        List<String> words = upper(asWritten);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String kind = words.get(0);
        int at = switch (kind) {
            case "INSERT", "REPLACE" -> words.indexOf("INTO") + 1;
            case "UPDATE" -> 1;
            case "DELETE" -> words.size() > 1 && words.get(1).equals("FROM") ? 2 : -1;
            case "COPY" -> words.contains("FROM") && !words.contains("TO") ? 1 : -1;
            default -> -1;
        };
        if (at <= 0 || at >= words.size()) {
            return Optional.empty();
        }
        if (words.get(at).equals("ONLY")) {
            at++;
        }
        String how = kind.equals("UPDATE") || kind.equals("DELETE") ? kind : "INSERT";
        return at < words.size() ? Optional.of(Map.entry(asWritten.get(at), how)) : Optional.empty();
    }

    /**
     * "FROM STDIN" or "TO STDOUT" for a COPY that streams its data through the client, which a
     * statement sent from the editor has no data for; else empty.
     */
    public static Optional<String> copyThroughClient(String sql) {
        List<String> words = upper(SqlWords.of(sql));
        if (words.isEmpty() || !words.get(0).equals("COPY")) {
            return Optional.empty();
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i).equals("FROM") && words.get(i + 1).equals("STDIN")) {
                return Optional.of("FROM STDIN");
            }
            if (words.get(i).equals("TO") && words.get(i + 1).equals("STDOUT")) {
                return Optional.of("TO STDOUT");
            }
        }
        return Optional.empty();
    }

    /** Keywords compared in upper case; quoted identifiers are left as they are. */
    private static List<String> upper(List<String> words) {
        return words.stream().map(w -> w.startsWith("\"") ? w : w.toUpperCase(Locale.ROOT)).toList();
    }
}
