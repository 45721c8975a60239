package dev.sextant.ui.dataio;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.ui.common.TabSession;

/** What an import's rows join, in the tab's mode as the session last reported it. */
record ImportMode(boolean manual) {

    static ImportMode of(TabSession tab) {
        SessionStatus status = tab.statusProperty().get();
        return new ImportMode(status != null && !status.autocommit());
    }

    String beforeImport() {
        return manual ? "Manual mode: the rows join this tab's open transaction and wait for Commit."
                : "Autocommit: the whole import is one transaction; if any row fails, nothing is stored.";
    }

    /** The end of "Imported N rows into t in 1.2 s…". */
    String afterImport() {
        return manual ? "; it waits for Commit." : ".";
    }
}
