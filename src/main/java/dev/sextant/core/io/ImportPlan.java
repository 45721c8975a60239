package dev.sextant.core.io;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.Identifiers;

import java.nio.file.Path;
import java.util.List;
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

    /** The statement that loads the rows: PostgreSQL's COPY, SQLite's INSERT run once per row. */
    public String loadSql() {
        return transfer().loadSql(this);
    }

    /** Both statements, as the dialog shows them. */
    public String sqlPreview() {
        String create = createTableSql();
        return (create.isEmpty() ? "" : create + ";\n") + loadSql() + ";";
    }

    String typeName(ColumnType type) {
        return transfer().typeName(type);
    }

    /** The import steps of this plan's engine. */
    public DataTransfer transfer() {
        return DataTransfer.of(engine);
    }
}
