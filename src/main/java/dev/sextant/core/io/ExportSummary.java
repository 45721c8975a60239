package dev.sextant.core.io;

import dev.sextant.core.text.Wording;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A finished export: the file is complete and has its name.
 *
 * @param file  where it was written
 * @param rows  rows written (the header line not counted)
 * @param nanos how long it took
 * @param note  how it was written, when the user should know ("2 sheets: …"), or ""
 */
public record ExportSummary(Path file, long rows, long nanos, String note) {

    /** "Exported 3,503 rows to x.csv in 0.4 s". */
    public String describe() {
        String text = String.format(Locale.ROOT, "Exported %s to %s in %.1f s", Wording.count(rows, "row"),
                file.getFileName(), nanos / 1e9);
        return note.isEmpty() ? text + "." : text + " (" + note + ").";
    }
}
