package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.Identifiers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Everything one import will do, decided before a row is sent: the file and how it is written,
 * the target table and the columns. Its SQL is what the dialog shows and exactly what runs.
 */
public record ImportPlan(Engine engine, Path file, CsvOptions options, ImportTarget target, List<ImportColumn> columns) {

    public ImportPlan {
        columns = List.copyOf(columns);
    }

    /** A new table named {@code table}, its columns named after the header and typed as the scan inferred. */
    public static ImportPlan newTable(Engine engine, Path file, CsvOptions options, String schema, String table,
                                      CsvScan.Result scan) {
        List<String> names = ImportNames.columnsFor(scan.header());
        List<ImportColumn> columns = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ImportColumn(names.get(i), scan.types().get(i), false));
        }
        return new ImportPlan(engine, file, options, ImportTarget.newTable(schema, table), columns);
    }

    public ImportPlan withColumns(List<ImportColumn> value) {
        return new ImportPlan(engine, file, options, target, value);
    }

    public ImportPlan withTarget(ImportTarget value) {
        return new ImportPlan(engine, file, options, value, columns);
    }

    public List<ImportColumn> kept() {
        return columns.stream().filter(c -> !c.skip()).toList();
    }

    /** The CREATE TABLE for a new table; empty when appending. */
    public String createTableSql() {
        if (target.existing()) {
            return "";
        }
        return "CREATE TABLE " + target.sql() + " (" + kept().stream()
                .map(c -> Identifiers.quote(c.name()) + " " + typeName(c.type())).collect(Collectors.joining(", ")) + ")";
    }

    /** PostgreSQL: the COPY that streams the file; SQLite: the INSERT run once per row. */
    public String loadSql() {
        String names = kept().stream().map(c -> Identifiers.quote(c.name())).collect(Collectors.joining(", "));
        if (engine == Engine.SQLITE) {
            String marks = kept().stream().map(c -> "?").collect(Collectors.joining(", "));
            return "INSERT INTO " + target.sql() + " (" + names + ") VALUES (" + marks + ")";
        }
        String nulls = (options.emptyIsNull() ? "FORCE_NULL (" : "FORCE_NOT_NULL (") + names + ")";
        return "COPY " + target.sql() + " (" + names + ") FROM STDIN (FORMAT csv, HEADER " + options.header()
                + ", DELIMITER " + literal(options.delimiter()) + ", " + nulls + encoding() + ")";
    }

    /** Both statements, as the dialog shows them. */
    public String sqlPreview() {
        String create = createTableSql();
        return (create.isEmpty() ? "" : create + ";\n") + loadSql() + ";";
    }

    /** Files PostgreSQL reads in its own encoding are sent as they are; others are re-encoded as UTF-8. */
    boolean sendsRawBytes() {
        return pgEncoding() != null;
    }

    private String encoding() {
        String name = pgEncoding();
        return name == null ? "" : ", ENCODING '" + name + "'";
    }

    private String pgEncoding() {
        String charset = options.charset().name().toUpperCase(Locale.ROOT);
        return switch (charset) {
            case "UTF-8" -> "UTF8";
            case "WINDOWS-1252" -> "WIN1252";
            case "ISO-8859-1" -> "LATIN1";
            default -> null;
        };
    }

    private static String literal(char c) {
        return c == '\t' ? "E'\\t'" : "'" + c + "'";
    }

    String typeName(ColumnType type) {
        if (engine == Engine.SQLITE) {
            return switch (type) {
                case INTEGER, BIGINT -> "INTEGER";
                case NUMERIC -> "NUMERIC";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP, TIMESTAMPTZ -> "TIMESTAMP";
                default -> "TEXT";
            };
        }
        return switch (type) {
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> "numeric";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamptz";
            case UUID -> "uuid";
            case TEXT -> "text";
        };
    }
}
