package dev.sextant.core.io;

/** How far an import has come: rows sent and the share of the file read, for the progress bar. */
@FunctionalInterface
public interface ImportProgress {
    void at(long rows, double fraction);

    ImportProgress NONE = (rows, fraction) -> { };
}
