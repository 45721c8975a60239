package dev.sextant.ui.transaction;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line under the panel's counts says where they come from and what they cannot see. */
class PendingCommitNoteTest {

    @Test
    void saysWhatTheCountsComeFromAndWhatTheyLeaveOut() {
        assertTrue(PendingCommitPanel.note(new SessionStatus(true, TransactionState.IDLE, 0, 0, 0, false))
                .startsWith("Autocommit is on"));
        String open = PendingCommitPanel.note(new SessionStatus(false, TransactionState.IN_TRANSACTION, 2, 7, 1, false));
        assertTrue(open.startsWith("7 more rows changed by statements whose table Sextant cannot tell"), open);
        assertTrue(open.contains("Counted from the 2 statements this tab sent"), open);
        assertTrue(PendingCommitPanel.note(new SessionStatus(false, TransactionState.FAILED, 1, 0, 1, false))
                .startsWith("The transaction failed: Commit cannot keep any of this"));
        assertEquals("This tab is not connected.", PendingCommitPanel.note(null));
    }
}
