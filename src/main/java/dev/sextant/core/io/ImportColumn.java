package dev.sextant.core.io;

/**
 * One column of the file as it will be stored.
 *
 * @param name the target column's name (created quoted, exactly as shown)
 * @param type its type; for an existing table, the type it already has
 * @param skip leave this column of the file out
 */
public record ImportColumn(String name, ColumnType type, boolean skip) {

    public ImportColumn withName(String value) {
        return new ImportColumn(value, type, skip);
    }

    public ImportColumn withType(ColumnType value) {
        return new ImportColumn(name, value, skip);
    }

    public ImportColumn withSkip(boolean value) {
        return new ImportColumn(name, type, value);
    }
}
