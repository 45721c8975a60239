package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SqlSession;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a CSV file into a table on a tab's own session as one all-or-nothing step: in
 * autocommit the whole import (CREATE TABLE included) is one transaction, so a failure leaves no
 * table and no row; in manual mode it joins the open transaction and waits for Commit.
 */
public final class CsvImport {

    private static final Pattern COPY_WHERE = Pattern.compile("line (\\d+)(?:, column ([^:]+): \"(.*)\")?", Pattern.DOTALL);

    private CsvImport() {
    }

    /** Returns the rows the database stored. */
    public static long run(SqlSession session, ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled)
            throws Exception {
        try {
            return session.runAsOneStep(connection -> {
                if (!plan.createTableSql().isEmpty()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute(plan.createTableSql());
                    }
                }
                return plan.engine() == Engine.SQLITE ? SqliteCsvLoad.load(connection, plan, progress, cancelled)
                        : PostgresCsvLoad.load(connection, plan, progress, cancelled);
            }, rows -> rows);
        } catch (PSQLException e) {
            throw explained(plan, e);
        }
    }

    /**
     * The server's sentence with the file's line, the column and the value it names (COPY counts
     * records, which a quoted newline makes differ from the file's lines).
     */
    private static Exception explained(ImportPlan plan, PSQLException e) {
        ServerErrorMessage server = e.getServerErrorMessage();
        Matcher where = COPY_WHERE.matcher(server == null || server.getWhere() == null ? "" : server.getWhere());
        PlainError plain = PlainError.of(e);
        if (!where.find()) {
            return new CsvImportException(plain.sentence() + " Nothing was imported.", e);
        }
        long serverLine = Long.parseLong(where.group(1));
        boolean raw = plan.sendsRawBytes() && plan.kept().size() == plan.columns().size();
        long line = lineOf(plan, serverLine, raw);
        String at = String.format("Line %,d", line > 0 ? line : serverLine);
        String column = where.group(2) == null ? "" : ", column " + where.group(2) + ", value '" + where.group(3) + "'";
        String retry = plan.target().existing() ? "" : " Change that column's type (text takes any value) and import again.";
        return new CsvImportException(at + column + ": " + plain.sentence() + " Nothing was imported." + retry, e);
    }

    private static long lineOf(ImportPlan plan, long serverLine, boolean raw) {
        try {
            return CsvFile.startOfRecordAt(plan.file(), plan.options(), serverLine, !raw);
        } catch (java.io.IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /** Whether {@code error} is the database refusing rows (a sentence to show), not a lost connection. */
    public static boolean refusedRows(Throwable error) {
        return error instanceof CsvImportException || error instanceof SQLException;
    }
}
