package dev.sextant.core.io;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.sql.Identifiers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A script of multi-row INSERTs into one table, {@code rowsPerInsert} rows each, that psql or
 * sqlite3 can run. Names are quoted by {@link Identifiers}; text is a standard SQL literal
 * (quotes doubled; PostgreSQL's default {@code standard_conforming_strings} leaves backslashes
 * alone), numbers keep the server's digits, and what is not a plain number (NaN, Infinity) is
 * quoted so the column's type reads it. A SQLite BLOB is written as {@code X'…'}.
 */
final class SqlInsertWriter implements RowWriter {

    private final Writer out;
    private final String insert;
    private final int perStatement;
    private final boolean[] numeric;
    private final boolean[] blob;
    private int inStatement;

    SqlInsertWriter(ExportOptions options, List<ResultColumn> columns, OutputStream stream) throws IOException {
        out = ValueText.writer(options, stream);
        insert = "INSERT INTO " + Identifiers.quote(options.tableName()) + " ("
                + columns.stream().map(c -> Identifiers.quote(c.label())).collect(Collectors.joining(", "))
                + ") VALUES\n";
        perStatement = options.rowsPerInsert();
        numeric = new boolean[columns.size()];
        blob = new boolean[columns.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = columns.get(i).numeric();
            blob[i] = columns.get(i).typeName().toUpperCase(Locale.ROOT).equals("BLOB");
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        out.write(inStatement == 0 ? insert : ",\n");
        out.write("  (");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(", ");
            }
            out.write(literal(values[i], i));
        }
        out.write(')');
        if (++inStatement == perStatement) {
            endStatement();
        }
    }

    private String literal(Object value, int column) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        String text = value.toString();
        boolean number = value instanceof Integer || value instanceof Long || value instanceof Double
                || numeric[column];
        if (number && ValueText.isJsonNumber(text)) {
            return text;
        }
        if (blob[column] && text.startsWith("\\x")) {
            return "X'" + text.substring(2) + "'";
        }
        return "'" + text.replace("'", "''") + "'";
    }

    private void endStatement() throws IOException {
        out.write(";\n");
        inStatement = 0;
    }

    @Override
    public void finish() throws IOException {
        if (inStatement > 0) {
            endStatement();
        }
        out.flush();
    }
}
