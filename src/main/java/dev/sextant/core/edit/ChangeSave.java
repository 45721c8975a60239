package dev.sextant.core.edit;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.result.ResultReader;
import dev.sextant.core.session.BoundStatement;
import dev.sextant.core.session.SessionRules;
import dev.sextant.core.session.SqlSession;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the pending changes on a session's own connection as one step: in autocommit one
 * transaction, in manual mode part of the open one behind a savepoint (see
 * {@link SqlSession#runAsOneStep}). Every statement must change exactly one row; if one does
 * not, or the server refuses it, the step is rolled back and nothing is saved. Statements with
 * the same SQL go as one JDBC batch (10,000 cell edits are a few round trips, not 10,000).
 */
public final class ChangeSave {

    private static final Pattern BATCH_ENTRY = Pattern.compile("^Batch entry (\\d+) ");

    private static final String BATCH_SAVEPOINT = "sextant_batch";
    private static final int READ_BACK_CHUNK = 500;

    private final EditTarget target;
    private final Engine engine;

    public ChangeSave(EditTarget target, Engine engine) {
        this.target = target;
        this.engine = engine;
    }

    /** Saves on the session; the pending changes are the caller's to clear once this returns. */
    public SaveResult save(SqlSession session, List<ChangeStatement> statements) throws Exception {
        return session.runAsOneStep(connection -> send(connection, statements), SaveResult::rowsChanged);
    }

    /** The work of one save, on a connection already inside the step's transaction or savepoint. */
    SaveResult send(Connection connection, List<ChangeStatement> statements) throws SQLException {
        long[] changed = new long[ChangeStatement.Kind.values().length];
        Map<RowRef, Object[]> rows = new HashMap<>();
        int from = 0;
        while (from < statements.size()) {
            ChangeStatement first = statements.get(from);
            int to = from + 1;
            while (to < statements.size() && first.kind() != ChangeStatement.Kind.INSERT
                    && statements.get(to).sql().equals(first.sql())) {
                to++;
            }
            List<ChangeStatement> group = statements.subList(from, to);
            if (first.kind() == ChangeStatement.Kind.INSERT) {
                rows.put(first.row(), insert(connection, first));
            } else {
                batch(connection, group);
            }
            changed[first.kind().ordinal()] += group.size();
            from = to;
        }
        rows.putAll(readBack(connection, statements));
        return new SaveResult(changed[ChangeStatement.Kind.INSERT.ordinal()],
                changed[ChangeStatement.Kind.UPDATE.ordinal()], changed[ChangeStatement.Kind.DELETE.ordinal()], rows);
    }

    /** An INSERT … RETURNING: the new row as the server made it (defaults, identity, triggers). */
    private Object[] insert(Connection connection, ChangeStatement statement) throws SQLException {
        try (PreparedStatement insert = prepare(connection, statement)) {
            QueryResult returned;
            try {
                returned = ResultReader.read(insert.executeQuery(), 2, SessionRules.of(engine).valueFormats());
            } catch (SQLException e) {
                throw RowNotSavedException.refused(statement, e);
            }
            if (returned.rows().size() != 1) {
                throw RowNotSavedException.notOneRow(statement, "was not inserted (a trigger skipped it)");
            }
            return returned.rows().get(0);
        }
    }

    /**
     * Sends a group of statements with the same SQL as one batch. When the driver cannot tell
     * which entry failed (sqlite-jdbc), the batch is undone to its savepoint and sent again one
     * statement at a time, so the error is told on its own row.
     */
    private void batch(Connection connection, List<ChangeStatement> group) throws SQLException {
        int[] counts;
        run(connection, "SAVEPOINT " + BATCH_SAVEPOINT);
        try (PreparedStatement batch = connection.prepareStatement(group.get(0).sql())) {
            for (ChangeStatement statement : group) {
                bind(batch, statement.values());
                batch.addBatch();
            }
            counts = batch.executeBatch();
        } catch (SQLException e) {
            int entry = namedEntry(e);
            if (entry >= 0 && entry < group.size()) {
                throw RowNotSavedException.refused(group.get(entry), e.getNextException() != null ? e.getNextException() : e);
            }
            run(connection, "ROLLBACK TO SAVEPOINT " + BATCH_SAVEPOINT);
            oneByOne(connection, group);
            throw RowNotSavedException.refused(group.get(0), e); // refused as a batch, yet each row went through
        }
        run(connection, "RELEASE SAVEPOINT " + BATCH_SAVEPOINT);
        for (int i = 0; i < group.size(); i++) {
            if (i >= counts.length || counts[i] != 1) {
                throw notOneRow(connection, group.get(i), i < counts.length ? counts[i] : Statement.EXECUTE_FAILED);
            }
        }
    }

    /** pgjdbc names the failed entry ("Batch entry 1 UPDATE … was aborted"), 0-based; -1 when not named. */
    private static int namedEntry(SQLException e) {
        Matcher entry = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
        return e instanceof BatchUpdateException && entry.find() ? Integer.parseInt(entry.group(1)) : -1;
    }

    private void oneByOne(Connection connection, List<ChangeStatement> group) throws SQLException {
        for (ChangeStatement statement : group) {
            int count;
            try (PreparedStatement one = prepare(connection, statement)) {
                count = one.executeUpdate();
            } catch (SQLException e) {
                throw RowNotSavedException.refused(statement, e);
            }
            if (count != 1) {
                throw notOneRow(connection, statement, count);
            }
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Says why a statement did not change its one row: someone else changed or deleted it. */
    private RowNotSavedException notOneRow(Connection connection, ChangeStatement statement, int count)
            throws SQLException {
        if (count > 1) {
            return RowNotSavedException.notOneRow(statement, "matched " + count + " rows, not one");
        }
        if (count != 0) {
            return RowNotSavedException.notOneRow(statement, "could not be confirmed as changed");
        }
        boolean exists = selectByKey(connection, statement.keyBefore()) != null;
        if (statement.kind() == ChangeStatement.Kind.DELETE) {
            return RowNotSavedException.notOneRow(statement, "was already deleted by someone else");
        }
        return RowNotSavedException.notOneRow(statement, exists
                ? "was changed by someone else since you read it" : "was deleted by someone else since you read it");
    }

    /**
     * Reads the updated rows back by their key as it is now, {@value #READ_BACK_CHUNK} keys a
     * query: one query a row made reading back 10,000 saved edits take longer than sending them.
     */
    private Map<RowRef, Object[]> readBack(Connection connection, List<ChangeStatement> statements)
            throws SQLException {
        Map<List<String>, RowRef> byKey = new LinkedHashMap<>();
        for (ChangeStatement statement : statements) {
            if (statement.keyAfter() != null) {
                byKey.put(keyText(statement.keyAfter()), statement.row());
            }
        }
        Map<RowRef, Object[]> rows = new HashMap<>();
        List<List<String>> keys = new ArrayList<>(byKey.keySet());
        for (int from = 0; from < keys.size(); from += READ_BACK_CHUNK) {
            List<List<String>> chunk = keys.subList(from, Math.min(keys.size(), from + READ_BACK_CHUNK));
            List<Object> values = new ArrayList<>();
            chunk.forEach(values::addAll);
            try (PreparedStatement select = connection.prepareStatement(selectByKeysSql(chunk.size()))) {
                bind(select, values);
                var formats = SessionRules.of(engine).valueFormats();
                for (Object[] row : ResultReader.read(select.executeQuery(), chunk.size(), formats).rows()) {
                    RowRef ref = byKey.get(keyText(keyOf(row)));
                    if (ref != null) {
                        rows.put(ref, row);
                    }
                }
            }
        }
        return rows;
    }

    /** Keys compared as text: a key typed as "8" finds the row whose id reads back as 8. */
    private static List<String> keyText(List<Object> key) {
        return key.stream().map(v -> v == null ? null : v.toString()).toList();
    }

    private List<Object> keyOf(Object[] row) {
        List<Object> key = new ArrayList<>();
        for (int k : target.key()) {
            key.add(row[k]);
        }
        return key;
    }

    /** SELECT … WHERE (k = ? AND k2 = ?) OR … for {@code count} keys. */
    private String selectByKeysSql(int count) {
        ChangeSql sql = new ChangeSql(target);
        String one = sql.whereKey(new Object[target.columns().size()], new ArrayList<>()).substring(" WHERE ".length());
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < count; i++) {
            where.append(i == 0 ? "(" : " OR (").append(one).append(')');
        }
        return "SELECT " + sql.returning() + " FROM " + target.qualifiedName() + " WHERE " + where;
    }

    private Object[] selectByKey(Connection connection, List<Object> key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(selectByKeySql())) {
            bind(select, key);
            QueryResult row = ResultReader.read(select.executeQuery(), 1, SessionRules.of(engine).valueFormats());
            return row.rows().isEmpty() ? null : row.rows().get(0);
        }
    }

    private String selectByKeySql() {
        ChangeSql sql = new ChangeSql(target);
        Object[] none = new Object[target.columns().size()];
        return "SELECT " + sql.returning() + " FROM " + target.qualifiedName() + sql.whereKey(none, new ArrayList<>());
    }

    private PreparedStatement prepare(Connection connection, ChangeStatement statement) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        bind(prepared, statement.values());
        return prepared;
    }

    private void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            BoundStatement.bindValue(statement, engine, i + 1, values.get(i));
        }
    }
}
