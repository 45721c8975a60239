package dev.sextant.core.io;

/** The kinds of file an export writes, with the name the user picks and the file extension. */
public enum ExportFormat {
    CSV("CSV", "csv"),
    TSV("TSV", "tsv"),
    JSON("JSON", "json"),
    SQL_INSERT("SQL INSERT", "sql"),
    MARKDOWN("Markdown", "md"),
    XLSX("XLSX", "xlsx");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The extension without its dot: {@code csv}. */
    public String extension() {
        return extension;
    }

    /** Whether a PostgreSQL server can write this format itself with {@code COPY … TO STDOUT}. */
    public boolean copyable() {
        return this == CSV || this == TSV;
    }

    @Override
    public String toString() {
        return label;
    }
}
