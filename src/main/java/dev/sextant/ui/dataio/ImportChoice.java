package dev.sextant.ui.dataio;

import dev.sextant.core.io.ExistingTable;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.core.io.ImportTarget;

import java.util.List;
import java.util.Optional;

/** The plan for the table the user named, as the database answered whether it exists, and the sentence that says which. */
record ImportChoice(ImportPlan plan, String note) {

    static ImportChoice of(ImportPlan fresh, Optional<List<String>> existing, List<String> header) {
        ImportTarget target = fresh.target();
        if (existing.isEmpty()) {
            return new ImportChoice(fresh, "Creates a new table " + target.table() + ".");
        }
        return new ImportChoice(ExistingTable.appendTo(fresh, new ImportTarget(target.schema(), target.table(), true,
                existing.get()), header), "Appends to the existing table " + target.table() + ".");
    }
}
